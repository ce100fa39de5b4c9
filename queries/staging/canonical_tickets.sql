-- Made from queries/mappings/canonical_tickets.json by StagingQuery (docs/ingest.md, step 4): how a canonical tickets
-- export becomes `stg`, the rows of canonical text columns the validation reads, here for a file whose header has
-- every column the mapping names (`raw` is the file as DuckDB's reader sees it). Do not edit: regenerate it, as
-- tests/Analytics.Tests/Ingest/StagingSqlTests.cs says when it is stale.
--
-- header: ticket_id, created_at, updated_at, first_response_at, solved_at, first_solved_at, closed_at, status,
--   channel, category, priority, customer_id, agent_id, team, reopens, agent_replies, subject, description, tags,
--   frt_minutes, frt_business_minutes, resolution_minutes, resolution_business_minutes, requester_wait_minutes,
--   requester_wait_business_minutes

-- tickets, validated by queries/ingest/validate_tickets.sql
SELECT _rec,
       raw."ticket_id" AS "ticket_id",
       raw."created_at" AS "created_at",
       raw."updated_at" AS "updated_at",
       raw."first_response_at" AS "first_response_at",
       raw."solved_at" AS "solved_at",
       raw."first_solved_at" AS "first_solved_at",
       raw."closed_at" AS "closed_at",
       raw."status" AS "status",
       raw."channel" AS "channel",
       raw."category" AS "category",
       raw."priority" AS "priority",
       raw."customer_id" AS "customer_id",
       raw."agent_id" AS "agent_id",
       raw."team" AS "team",
       raw."reopens" AS "reopens",
       raw."agent_replies" AS "agent_replies",
       raw."subject" AS "subject",
       raw."description" AS "description",
       raw."tags" AS "tags",
       raw."frt_minutes" AS "frt_minutes",
       raw."frt_business_minutes" AS "frt_business_minutes",
       raw."resolution_minutes" AS "resolution_minutes",
       raw."resolution_business_minutes" AS "resolution_business_minutes",
       raw."requester_wait_minutes" AS "requester_wait_minutes",
       raw."requester_wait_business_minutes" AS "requester_wait_business_minutes",
       NULL::JSON AS _extra,
       struct_pack(c0 := raw."ticket_id", c1 := raw."created_at", c2 := raw."updated_at", c3 := raw."first_response_at", c4 := raw."solved_at", c5 := raw."first_solved_at", c6 := raw."closed_at", c7 := raw."status", c8 := raw."channel", c9 := raw."category", c10 := raw."priority", c11 := raw."customer_id", c12 := raw."agent_id", c13 := raw."team", c14 := raw."reopens", c15 := raw."agent_replies", c16 := raw."subject", c17 := raw."description", c18 := raw."tags", c19 := raw."frt_minutes", c20 := raw."frt_business_minutes", c21 := raw."resolution_minutes", c22 := raw."resolution_business_minutes", c23 := raw."requester_wait_minutes", c24 := raw."requester_wait_business_minutes") AS _raw
FROM raw;
