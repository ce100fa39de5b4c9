-- Made from queries/mappings/nps_survey.json by StagingQuery (docs/ingest.md, step 4): how a nps surveys
-- export becomes `stg`, the rows of canonical text columns the validation reads, here for a file whose header has
-- every column the mapping names (`raw` is the file as DuckDB's reader sees it). Do not edit: regenerate it, as
-- tests/Analytics.Tests/Ingest/StagingSqlTests.cs says when it is stale.
--
-- header: id, nps, responded_at, customer_id, comment

-- surveys, validated by queries/ingest/validate_surveys.sql
SELECT _rec,
       raw."id" AS "response_id",
       'nps' AS "survey",
       na_null(raw."nps") AS "score",
       '10' AS "scale_max",
       na_null(raw."responded_at") AS "responded_at",
       NULL::VARCHAR AS "ticket_id",
       na_null(raw."customer_id") AS "customer_id",
       NULL::VARCHAR AS "agent_id",
       na_null(raw."comment") AS "comment",
       NULL::JSON AS _extra,
       struct_pack(c0 := raw."id", c1 := raw."nps", c2 := raw."responded_at", c3 := raw."customer_id", c4 := raw."comment") AS _raw
FROM raw;
