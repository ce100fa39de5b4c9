-- Each ticket event once: a (source, ticket_id, at, type, status, actor) with more than one row
-- (queries/schema/001_core_tables.sql). Zero rows when fine.
SELECT source, ticket_id, "at", type, status, actor, count(*) AS rows
FROM ticket_events
GROUP BY source, ticket_id, "at", type, status, actor
HAVING count(*) > 1;
