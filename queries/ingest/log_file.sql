-- Records one loaded export file (one row of ingest_log).
INSERT INTO ingest_log (file_sha256, path, bytes, kind, vendor, source, rows_read, rows_loaded, rows_updated,
                        duplicates, quarantined, derived, started_at, finished_at, time_zone)
VALUES ($sha256, $path, $bytes, $kind, $vendor, $source, $rows_read, $rows_loaded, $rows_updated,
        $duplicates, $quarantined, $derived::JSON, $started_at, now(), $time_zone);
