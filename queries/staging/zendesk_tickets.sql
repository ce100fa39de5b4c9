-- Made from queries/mappings/zendesk_tickets.json by StagingQuery (docs/ingest.md, step 4): how a zendesk tickets
-- export becomes `stg`, the rows of canonical text columns the validation reads, here for a file whose header has
-- every column the mapping names (`raw` is the file as DuckDB's reader sees it). Do not edit: regenerate it, as
-- tests/Analytics.Tests/Ingest/StagingSqlTests.cs says when it is stale.
--
-- header: Id, Created at, Updated at, Solved at, Status, Via, categor[list], Priority, Requester id, Assignee,
--   Group, Subject, Description, Tags, Reopens, Replies, First reply time in minutes, First reply time in minutes
--   within business hours, Full resolution time in minutes, Full resolution time in minutes within business hours,
--   Requester wait time in minutes, Requester wait time in minutes within business hours, Satisfaction Score

-- tickets, validated by queries/ingest/validate_tickets.sql
SELECT _rec,
       raw."Id" AS "ticket_id",
       zendesk_time(raw."Created at") AS "created_at",
       zendesk_time(raw."Updated at") AS "updated_at",
       NULL::VARCHAR AS "first_response_at",
       zendesk_time(raw."Solved at") AS "solved_at",
       NULL::VARCHAR AS "first_solved_at",
       NULL::VARCHAR AS "closed_at",
       vendor_status(raw."Status") AS "status",
       vendor_channel(raw."Via") AS "channel",
       dash_null(raw."categor[list]") AS "category",
       vendor_priority(raw."Priority") AS "priority",
       dash_null(raw."Requester id") AS "customer_id",
       dash_null(raw."Assignee") AS "agent_id",
       dash_null(raw."Group") AS "team",
       dash_null(raw."Reopens") AS "reopens",
       dash_null(raw."Replies") AS "agent_replies",
       raw."Subject" AS "subject",
       raw."Description" AS "description",
       space_tags(raw."Tags") AS "tags",
       dash_null(raw."First reply time in minutes") AS "frt_minutes",
       dash_null(raw."First reply time in minutes within business hours") AS "frt_business_minutes",
       dash_null(raw."Full resolution time in minutes") AS "resolution_minutes",
       dash_null(raw."Full resolution time in minutes within business hours") AS "resolution_business_minutes",
       dash_null(raw."Requester wait time in minutes") AS "requester_wait_minutes",
       dash_null(raw."Requester wait time in minutes within business hours") AS "requester_wait_business_minutes",
       json_object('Satisfaction Score', raw."Satisfaction Score") AS _extra,
       struct_pack(c0 := raw."Id", c1 := raw."Created at", c2 := raw."Updated at", c3 := raw."Solved at", c4 := raw."Status", c5 := raw."Via", c6 := raw."categor[list]", c7 := raw."Priority", c8 := raw."Requester id", c9 := raw."Assignee", c10 := raw."Group", c11 := raw."Subject", c12 := raw."Description", c13 := raw."Tags", c14 := raw."Reopens", c15 := raw."Replies", c16 := raw."First reply time in minutes", c17 := raw."First reply time in minutes within business hours", c18 := raw."Full resolution time in minutes", c19 := raw."Full resolution time in minutes within business hours", c20 := raw."Requester wait time in minutes", c21 := raw."Requester wait time in minutes within business hours", c22 := raw."Satisfaction Score") AS _raw
FROM raw;

-- surveys (also carried by the file), validated by queries/ingest/validate_surveys.sql
SELECT _rec,
       csat_response_id(raw."Id") AS "response_id",
       'csat' AS "survey",
       zendesk_rating_score(raw."Satisfaction Score") AS "score",
       '5' AS "scale_max",
       first_time(raw."Solved at", raw."Updated at") AS "responded_at",
       raw."Id" AS "ticket_id",
       dash_null(raw."Requester id") AS "customer_id",
       dash_null(raw."Assignee") AS "agent_id",
       NULL::VARCHAR AS "comment",
       json_object('Created at', raw."Created at", 'Status', raw."Status", 'Via', raw."Via", 'categor[list]', raw."categor[list]", 'Priority', raw."Priority", 'Group', raw."Group", 'Subject', raw."Subject", 'Description', raw."Description", 'Tags', raw."Tags", 'Reopens', raw."Reopens", 'Replies', raw."Replies", 'First reply time in minutes', raw."First reply time in minutes", 'First reply time in minutes within business hours', raw."First reply time in minutes within business hours", 'Full resolution time in minutes', raw."Full resolution time in minutes", 'Full resolution time in minutes within business hours', raw."Full resolution time in minutes within business hours", 'Requester wait time in minutes', raw."Requester wait time in minutes", 'Requester wait time in minutes within business hours', raw."Requester wait time in minutes within business hours") AS _extra,
       struct_pack(c0 := raw."Id", c1 := raw."Created at", c2 := raw."Updated at", c3 := raw."Solved at", c4 := raw."Status", c5 := raw."Via", c6 := raw."categor[list]", c7 := raw."Priority", c8 := raw."Requester id", c9 := raw."Assignee", c10 := raw."Group", c11 := raw."Subject", c12 := raw."Description", c13 := raw."Tags", c14 := raw."Reopens", c15 := raw."Replies", c16 := raw."First reply time in minutes", c17 := raw."First reply time in minutes within business hours", c18 := raw."Full resolution time in minutes", c19 := raw."Full resolution time in minutes within business hours", c20 := raw."Requester wait time in minutes", c21 := raw."Requester wait time in minutes within business hours", c22 := raw."Satisfaction Score") AS _raw
FROM raw
WHERE coalesce(zendesk_is_rating(raw."Satisfaction Score"), false);
