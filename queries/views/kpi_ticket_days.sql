-- The backlog's counts per UTC day, which kpi() adds up for the backlog before its first period instead of counting
-- every older ticket again (docs/kpis.md, "Stored per-ticket rows"). Its rows are stored as the table
-- kpi_ticket_days beside kpi_tickets and kept by the ingest with them; exact, since they are counts.
--
-- can_be_open(status, solved_at): whether a ticket counts in the backlog until it is solved. One solved or closed
-- without solved_at never does: nothing says when it stopped being open.
CREATE OR REPLACE MACRO can_be_open(status, solved_at) AS
    solved_at IS NOT NULL OR status IS NULL OR status NOT IN ('solved', 'closed');

-- kpi_ticket_days_live([only_file := SHA-256][, file_rows := table][, appended_after := rowid]): of the rows of
-- kpi_tickets (with only_file, of the tickets that export file wrote or sent events for: file_tickets(), reading its
-- tickets from file_rows; with appended_after, of the rows appended after that rowid, which in the ingest's
-- transaction are the rows it has just computed for the file), per source and UTC day (utc_day(), days since
-- 1970-01-01): opened, the tickets created that day that can be open (can_be_open()), and solved, the tickets solved
-- that day (whenever created, as long as they have a creation). Not per dimension: a row per dimension value would
-- cost the ingest a grouping of every ticket once per dimension (docs/performance.md); kpi() by a dimension counts
-- its rows.
CREATE OR REPLACE MACRO kpi_ticket_days_live(only_file := NULL, file_rows := 'tickets', appended_after := NULL) AS TABLE
WITH counted AS (
    SELECT k.source, k.status, k.created_at, k.solved_at FROM kpi_tickets k
    WHERE only_file IS NULL AND appended_after IS NULL
    UNION ALL
    SELECT k.source, k.status, k.created_at, k.solved_at FROM kpi_tickets k
    WHERE only_file IS NOT NULL
      AND EXISTS (SELECT 1 FROM file_tickets(only_file, file_rows := file_rows) f WHERE f.source = k.source AND f.ticket_id = k.ticket_id)
    UNION ALL
    -- rows appended to kpi_tickets get rowids after every row already there (the ingest reads the last one first);
    -- a filter on a column, where a join with the file's tickets would hash millions of them
    SELECT k.source, k.status, k.created_at, k.solved_at FROM kpi_tickets k
    WHERE appended_after IS NOT NULL AND k.rowid > appended_after
),
moves AS (
    SELECT source, utc_day(created_at) AS day, 1 AS opened, 0 AS solved
    FROM counted
    WHERE created_at IS NOT NULL AND can_be_open(status, solved_at)
    UNION ALL
    SELECT source, utc_day(solved_at), 0, 1
    FROM counted
    WHERE solved_at IS NOT NULL AND created_at IS NOT NULL
)
SELECT source, day, CAST(sum(opened) AS BIGINT) AS opened, CAST(sum(solved) AS BIGINT) AS solved
FROM moves
GROUP BY ALL;
