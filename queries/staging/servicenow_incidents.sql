-- Made from queries/mappings/servicenow_incidents.json by StagingQuery (docs/ingest.md, step 4): how a servicenow tickets
-- export becomes `stg`, the rows of canonical text columns the validation reads, here for a file whose header has
-- every column the mapping names (`raw` is the file as DuckDB's reader sees it). Do not edit: regenerate it, as
-- tests/Analytics.Tests/Ingest/StagingSqlTests.cs says when it is stale.
--
-- header: number, opened_at, sys_updated_at, resolved_at, closed_at, incident_state, contact_type, category,
--   priority, caller_id, assigned_to, assignment_group, reopen_count

-- tickets, validated by queries/ingest/validate_tickets.sql
SELECT _rec,
       raw."number" AS "ticket_id",
       day_first_time(raw."opened_at") AS "created_at",
       day_first_time(raw."sys_updated_at") AS "updated_at",
       NULL::VARCHAR AS "first_response_at",
       day_first_time(raw."resolved_at") AS "solved_at",
       NULL::VARCHAR AS "first_solved_at",
       day_first_time(raw."closed_at") AS "closed_at",
       vendor_status(raw."incident_state") AS "status",
       vendor_channel(raw."contact_type") AS "channel",
       question_null(raw."category") AS "category",
       vendor_priority(raw."priority") AS "priority",
       question_null(raw."caller_id") AS "customer_id",
       question_null(raw."assigned_to") AS "agent_id",
       question_null(raw."assignment_group") AS "team",
       question_null(raw."reopen_count") AS "reopens",
       NULL::VARCHAR AS "agent_replies",
       NULL::VARCHAR AS "subject",
       NULL::VARCHAR AS "description",
       NULL::VARCHAR AS "tags",
       NULL::VARCHAR AS "frt_minutes",
       NULL::VARCHAR AS "frt_business_minutes",
       NULL::VARCHAR AS "resolution_minutes",
       NULL::VARCHAR AS "resolution_business_minutes",
       NULL::VARCHAR AS "requester_wait_minutes",
       NULL::VARCHAR AS "requester_wait_business_minutes",
       NULL::JSON AS _extra,
       struct_pack(c0 := raw."number", c1 := raw."opened_at", c2 := raw."sys_updated_at", c3 := raw."resolved_at", c4 := raw."closed_at", c5 := raw."incident_state", c6 := raw."contact_type", c7 := raw."category", c8 := raw."priority", c9 := raw."caller_id", c10 := raw."assigned_to", c11 := raw."assignment_group", c12 := raw."reopen_count") AS _raw
FROM raw;

-- ticket_events (also carried by the file), validated by queries/ingest/validate_ticket_events.sql
SELECT _rec,
       raw."number" AS "ticket_id",
       day_first_time(raw."sys_updated_at") AS "at",
       'system' AS "actor",
       NULL::VARCHAR AS "public",
       'status' AS "type",
       vendor_status(raw."incident_state") AS "status",
       NULL::VARCHAR AS "body",
       json_object('opened_at', raw."opened_at", 'resolved_at', raw."resolved_at", 'closed_at', raw."closed_at", 'contact_type', raw."contact_type", 'category', raw."category", 'priority', raw."priority", 'caller_id', raw."caller_id", 'assigned_to', raw."assigned_to", 'assignment_group', raw."assignment_group", 'reopen_count', raw."reopen_count") AS _extra,
       struct_pack(c0 := raw."number", c1 := raw."opened_at", c2 := raw."sys_updated_at", c3 := raw."resolved_at", c4 := raw."closed_at", c5 := raw."incident_state", c6 := raw."contact_type", c7 := raw."category", c8 := raw."priority", c9 := raw."caller_id", c10 := raw."assigned_to", c11 := raw."assignment_group", c12 := raw."reopen_count") AS _raw
FROM raw;
