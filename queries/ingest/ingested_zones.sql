-- One row: the distinct zones that loaded export files were read in (ingest_log.time_zone, sorted), and how
-- many files the warehouse holds in all. The reporting zone follows the data when exactly one zone was given
-- (docs/kpis.md, "The reporting zone").
SELECT coalesce(list(DISTINCT time_zone ORDER BY time_zone) FILTER (WHERE time_zone IS NOT NULL), []) AS zones,
       count(*) AS files
FROM ingest_log;
