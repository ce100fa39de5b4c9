-- After an export file is loaded (inside its transaction): the stored rows of every ticket the file wrote or
-- sent events for, and of every survey response it wrote or that is about such a ticket, computed again from
-- their definitions (only_file). Rows of the file carry its SHA-256 ($sha256); the tickets it wrote are read from
-- $file_rows (tickets, or the ingest's view of the same rows as it staged them). A ticket that is now deleted
-- loses its row, and so do the responses about it. The values are written in as literals: the macros need them
-- as constants.
DELETE FROM kpi_tickets k
WHERE EXISTS (SELECT 1 FROM file_tickets($sha256, file_rows := $file_rows) f WHERE f.source = k.source AND f.ticket_id = k.ticket_id);
-- Rows written in this transaction are not in DuckDB's statistics yet: after a first large file it takes the tickets
-- for none and would build its hash tables on them (a million wide rows) rather than on the day tables they look
-- up. The joins of the definition keep the sides they are written with. The option holds for the whole database:
-- it is reset right after, and by the ingest after a rollback when the statement fails.
SET disabled_optimizers = 'build_side_probe_side';
INSERT INTO kpi_tickets SELECT * FROM kpi_tickets_live(only_file := $sha256, file_rows := $file_rows);
RESET disabled_optimizers;

DELETE FROM kpi_surveys k
WHERE k.response_id IN (SELECT response_id FROM surveys s WHERE s.ingest_file_sha256 = $sha256 AND s.source = k.source)
   OR EXISTS (SELECT 1 FROM file_tickets($sha256, file_rows := $file_rows) f WHERE f.source = k.source AND f.ticket_id = k.ticket_id);
INSERT INTO kpi_surveys SELECT * FROM kpi_surveys_live(only_file := $sha256, file_rows := $file_rows);

