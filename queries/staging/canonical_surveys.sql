-- Made from queries/mappings/canonical_surveys.json by StagingQuery (docs/ingest.md, step 4): how a canonical surveys
-- export becomes `stg`, the rows of canonical text columns the validation reads, here for a file whose header has
-- every column the mapping names (`raw` is the file as DuckDB's reader sees it). Do not edit: regenerate it, as
-- tests/Analytics.Tests/Ingest/StagingSqlTests.cs says when it is stale.
--
-- header: response_id, survey, score, scale_max, responded_at, ticket_id, customer_id, agent_id, comment

-- surveys, validated by queries/ingest/validate_surveys.sql
SELECT _rec,
       raw."response_id" AS "response_id",
       raw."survey" AS "survey",
       raw."score" AS "score",
       raw."scale_max" AS "scale_max",
       raw."responded_at" AS "responded_at",
       raw."ticket_id" AS "ticket_id",
       raw."customer_id" AS "customer_id",
       raw."agent_id" AS "agent_id",
       raw."comment" AS "comment",
       NULL::JSON AS _extra,
       struct_pack(c0 := raw."response_id", c1 := raw."survey", c2 := raw."score", c3 := raw."scale_max", c4 := raw."responded_at", c5 := raw."ticket_id", c6 := raw."customer_id", c7 := raw."agent_id", c8 := raw."comment") AS _raw
FROM raw;
