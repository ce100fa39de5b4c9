-- Every file's rows are accounted for: rows_read = rows_loaded + duplicates + quarantined (queries/schema/
-- 002_ingest_bookkeeping.sql). Zero rows when fine.
SELECT path, rows_read, rows_loaded, duplicates, quarantined
FROM ingest_log
WHERE rows_read <> rows_loaded + duplicates + quarantined;
