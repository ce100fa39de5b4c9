-- Each ticket once: a (source, ticket_id) with more than one row (queries/schema/001_core_tables.sql; the ingest's
-- upsert keeps the later updated_at). Zero rows when fine.
SELECT source, ticket_id, count(*) AS rows
FROM tickets
GROUP BY source, ticket_id
HAVING count(*) > 1;
