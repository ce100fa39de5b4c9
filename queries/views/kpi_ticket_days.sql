-- The backlog's counts per UTC day, which kpi() adds up for the backlog before its first period instead of counting
-- every older ticket again (docs/kpis.md, "Stored per-ticket rows"). Its rows are stored as the table
-- kpi_ticket_days beside kpi_tickets and kept by the ingest with them; exact, since they are counts.
--
-- can_be_open(status, solved_at): whether a ticket counts in the backlog until it is solved. One solved or closed
-- without solved_at never does: nothing says when it stopped being open.
CREATE OR REPLACE MACRO can_be_open(status, solved_at) AS
    solved_at IS NOT NULL OR status IS NULL OR status NOT IN ('solved', 'closed');

-- kpi_ticket_days_live([only_file := SHA-256][, file_rows := table]): of the rows of kpi_tickets (with only_file, of
-- the tickets that export file wrote or sent events for: file_tickets(), reading its tickets from file_rows), per
-- source and UTC day (utc_day(), days since 1970-01-01): opened, the tickets created that day that can be open
-- (can_be_open()), and solved, the tickets solved that day (whenever created, as long as they have a creation). Not
-- per dimension: a row per dimension value would cost the ingest a grouping of every ticket once per dimension
-- (docs/performance.md); kpi() by a dimension counts its rows.
CREATE OR REPLACE MACRO kpi_ticket_days_live(only_file := NULL, file_rows := 'tickets') AS TABLE
WITH moves AS (
    SELECT k.source, utc_day(k.created_at) AS day, 1 AS opened, 0 AS solved
    FROM kpi_tickets k
    WHERE k.created_at IS NOT NULL AND can_be_open(k.status, k.solved_at)
      AND (only_file IS NULL OR EXISTS (SELECT 1 FROM file_tickets(only_file, file_rows := file_rows) f WHERE f.source = k.source AND f.ticket_id = k.ticket_id))
    UNION ALL
    SELECT k.source, utc_day(k.solved_at), 0, 1
    FROM kpi_tickets k
    WHERE k.solved_at IS NOT NULL AND k.created_at IS NOT NULL
      AND (only_file IS NULL OR EXISTS (SELECT 1 FROM file_tickets(only_file, file_rows := file_rows) f WHERE f.source = k.source AND f.ticket_id = k.ticket_id))
)
SELECT source, day, CAST(sum(opened) AS BIGINT) AS opened, CAST(sum(solved) AS BIGINT) AS solved
FROM moves
GROUP BY ALL;
