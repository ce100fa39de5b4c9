-- After an export file is loaded (inside its transaction), after update.sql: the stored rows of every survey response
-- the file wrote or that is about a ticket it wrote or sent events for, computed again from their definition
-- (kpi_surveys_live(only_file)); a response about a ticket now deleted loses its row. Not run while the warehouse
-- holds no survey response (queries/facts/any_surveys.sql): the joins of the definition hash the file's tickets, all
-- of them on a first load, to find responses there are none of (docs/performance.md).
DELETE FROM kpi_surveys k
WHERE k.response_id IN (SELECT response_id FROM surveys s WHERE s.ingest_file_sha256 = $sha256 AND s.source = k.source)
   OR EXISTS (SELECT 1 FROM file_tickets($sha256, file_rows := $file_rows) f WHERE f.source = k.source AND f.ticket_id = k.ticket_id);
INSERT INTO kpi_surveys SELECT * FROM kpi_surveys_live(only_file := $sha256, file_rows := $file_rows);
