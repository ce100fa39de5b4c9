-- Made from queries/mappings/freshdesk_tickets.json by StagingQuery (docs/ingest.md, step 4): how a freshdesk tickets
-- export becomes `stg`, the rows of canonical text columns the validation reads, here for a file whose header has
-- every column the mapping names (`raw` is the file as DuckDB's reader sees it). Do not edit: regenerate it, as
-- tests/Analytics.Tests/Ingest/StagingSqlTests.cs says when it is stale.
--
-- header: Ticket ID, Created time, Last update time, Initial response time, Resolved time, Closed time, Status,
--   Source, Type, Priority, Contact ID, Agent, Group, Subject, Description, Tags, Agent interactions, First response
--   time (in hrs), Resolution time (in hrs), Survey results

-- tickets, validated by queries/ingest/validate_tickets.sql
SELECT _rec,
       raw."Ticket ID" AS "ticket_id",
       day_first_time(raw."Created time") AS "created_at",
       day_first_time(raw."Last update time") AS "updated_at",
       day_first_time(raw."Initial response time") AS "first_response_at",
       day_first_time(raw."Resolved time") AS "solved_at",
       NULL::VARCHAR AS "first_solved_at",
       day_first_time(raw."Closed time") AS "closed_at",
       vendor_status(raw."Status") AS "status",
       vendor_channel(raw."Source") AS "channel",
       dash_null(raw."Type") AS "category",
       vendor_priority(raw."Priority") AS "priority",
       dash_null(raw."Contact ID") AS "customer_id",
       dash_null(raw."Agent") AS "agent_id",
       dash_null(raw."Group") AS "team",
       NULL::VARCHAR AS "reopens",
       dash_null(raw."Agent interactions") AS "agent_replies",
       raw."Subject" AS "subject",
       raw."Description" AS "description",
       comma_tags(raw."Tags") AS "tags",
       NULL::VARCHAR AS "frt_minutes",
       hms_minutes(raw."First response time (in hrs)") AS "frt_business_minutes",
       NULL::VARCHAR AS "resolution_minutes",
       hms_minutes(raw."Resolution time (in hrs)") AS "resolution_business_minutes",
       NULL::VARCHAR AS "requester_wait_minutes",
       NULL::VARCHAR AS "requester_wait_business_minutes",
       json_object('Survey results', raw."Survey results") AS _extra,
       struct_pack(c0 := raw."Ticket ID", c1 := raw."Created time", c2 := raw."Last update time", c3 := raw."Initial response time", c4 := raw."Resolved time", c5 := raw."Closed time", c6 := raw."Status", c7 := raw."Source", c8 := raw."Type", c9 := raw."Priority", c10 := raw."Contact ID", c11 := raw."Agent", c12 := raw."Group", c13 := raw."Subject", c14 := raw."Description", c15 := raw."Tags", c16 := raw."Agent interactions", c17 := raw."First response time (in hrs)", c18 := raw."Resolution time (in hrs)", c19 := raw."Survey results") AS _raw
FROM raw;

-- surveys (also carried by the file), validated by queries/ingest/validate_surveys.sql
SELECT _rec,
       csat_response_id(raw."Ticket ID") AS "response_id",
       'csat' AS "survey",
       freshdesk_rating_score(raw."Survey results") AS "score",
       '5' AS "scale_max",
       first_day_first_time(raw."Resolved time", raw."Last update time") AS "responded_at",
       raw."Ticket ID" AS "ticket_id",
       dash_null(raw."Contact ID") AS "customer_id",
       dash_null(raw."Agent") AS "agent_id",
       NULL::VARCHAR AS "comment",
       json_object('Created time', raw."Created time", 'Initial response time', raw."Initial response time", 'Closed time', raw."Closed time", 'Status', raw."Status", 'Source', raw."Source", 'Type', raw."Type", 'Priority', raw."Priority", 'Group', raw."Group", 'Subject', raw."Subject", 'Description', raw."Description", 'Tags', raw."Tags", 'Agent interactions', raw."Agent interactions", 'First response time (in hrs)', raw."First response time (in hrs)", 'Resolution time (in hrs)', raw."Resolution time (in hrs)") AS _extra,
       struct_pack(c0 := raw."Ticket ID", c1 := raw."Created time", c2 := raw."Last update time", c3 := raw."Initial response time", c4 := raw."Resolved time", c5 := raw."Closed time", c6 := raw."Status", c7 := raw."Source", c8 := raw."Type", c9 := raw."Priority", c10 := raw."Contact ID", c11 := raw."Agent", c12 := raw."Group", c13 := raw."Subject", c14 := raw."Description", c15 := raw."Tags", c16 := raw."Agent interactions", c17 := raw."First response time (in hrs)", c18 := raw."Resolution time (in hrs)", c19 := raw."Survey results") AS _raw
FROM raw
WHERE coalesce(freshdesk_is_rating(raw."Survey results"), false);
