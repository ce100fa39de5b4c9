-- Made from queries/mappings/canonical_ticket_events.json by StagingQuery (docs/ingest.md, step 4): how a canonical ticket_events
-- export becomes `stg`, the rows of canonical text columns the validation reads, here for a file whose header has
-- every column the mapping names (`raw` is the file as DuckDB's reader sees it). Do not edit: regenerate it, as
-- tests/Analytics.Tests/Ingest/StagingSqlTests.cs says when it is stale.
--
-- header: ticket_id, at, actor, public, type, status, body

-- ticket_events, validated by queries/ingest/validate_ticket_events.sql
SELECT _rec,
       raw."ticket_id" AS "ticket_id",
       raw."at" AS "at",
       raw."actor" AS "actor",
       raw."public" AS "public",
       raw."type" AS "type",
       raw."status" AS "status",
       raw."body" AS "body",
       NULL::JSON AS _extra,
       struct_pack(c0 := raw."ticket_id", c1 := raw."at", c2 := raw."actor", c3 := raw."public", c4 := raw."type", c5 := raw."status", c6 := raw."body") AS _raw
FROM raw;
