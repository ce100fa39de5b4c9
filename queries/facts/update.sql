-- After an export file is loaded (inside its transaction): the stored rows of every ticket the file wrote or
-- sent events for, computed again from their definition (only_file); the survey responses' rows follow
-- (update_surveys.sql). Rows of the file carry its SHA-256 ($sha256); the tickets it wrote are read from
-- $file_rows (tickets, or the ingest's view of the same rows as it staged them). A ticket that is now deleted
-- loses its row, and so do the responses about it. The values are written in as literals: the macros need them
-- as constants.
-- The backlog's counts per day (kpi_ticket_days) change by what the file's tickets' rows add, less what their rows
-- before it added: both go to a table of changes, which is added to the counts at the end. The rows they add are
-- those appended to kpi_tickets here, after the last rowid it had before ($kpi_tickets_last_rowid, -1 when empty).
CREATE OR REPLACE TEMP TABLE kpi_ticket_days_change AS
SELECT source, day, -opened AS opened, -solved AS solved FROM kpi_ticket_days_live(only_file := $sha256, file_rows := $file_rows);

DELETE FROM kpi_tickets k
WHERE EXISTS (SELECT 1 FROM file_tickets($sha256, file_rows := $file_rows) f WHERE f.source = k.source AND f.ticket_id = k.ticket_id);
-- Rows written in this transaction are not in DuckDB's statistics yet: after a first large file it takes the tickets
-- for none and would build its hash tables on them (a million wide rows) rather than on the day tables they look
-- up. The joins of the definition keep the sides they are written with. The option holds for the whole database:
-- it is reset right after, and by the ingest after a rollback when the statement fails.
SET disabled_optimizers = 'build_side_probe_side';
INSERT INTO kpi_tickets SELECT * FROM kpi_tickets_live(only_file := $sha256, file_rows := $file_rows);
RESET disabled_optimizers;

INSERT INTO kpi_ticket_days_change SELECT * FROM kpi_ticket_days_live(appended_after := $kpi_tickets_last_rowid);
CREATE OR REPLACE TEMP TABLE kpi_ticket_days_new AS
SELECT source, day, CAST(sum(opened) AS BIGINT) AS opened, CAST(sum(solved) AS BIGINT) AS solved
FROM (SELECT * FROM kpi_ticket_days
      WHERE (source, day) IN (SELECT DISTINCT source, day FROM kpi_ticket_days_change)
      UNION ALL
      SELECT * FROM kpi_ticket_days_change)
GROUP BY ALL
HAVING sum(opened) <> 0 OR sum(solved) <> 0;
DELETE FROM kpi_ticket_days WHERE (source, day) IN (SELECT DISTINCT source, day FROM kpi_ticket_days_change);
INSERT INTO kpi_ticket_days SELECT * FROM kpi_ticket_days_new ORDER BY source, day;
DROP TABLE kpi_ticket_days_change;
DROP TABLE kpi_ticket_days_new;
