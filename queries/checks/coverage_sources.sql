-- The coverage table has a row for every source and kind of data the tables hold (queries/schema/006_coverage.sql,
-- derived by every ingest). Zero rows when fine.
SELECT d.source, d.kind
FROM (SELECT DISTINCT source, 'tickets' AS kind FROM tickets
      UNION SELECT DISTINCT source, 'surveys' FROM surveys
      UNION SELECT DISTINCT source, 'ticket_events' FROM ticket_events) d
ANTI JOIN coverage c ON c.source = d.source AND c.kind = d.kind;
