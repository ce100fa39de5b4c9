-- Per source: the newest ticket, when the source last loaded a file, and how many rows it holds (analytics
-- status). Read from the coverage table and ingest_log, which the ingest keeps, so that status scans no data.
WITH held AS (
    SELECT source, max(last_at) FILTER (WHERE kind = 'tickets') AS latest_created_at, sum(records) AS records
    FROM coverage GROUP BY source
),
customers_held AS (
    SELECT source, count(*) AS records FROM customers GROUP BY source
),
loaded AS (
    SELECT source, max(finished_at) AS latest_ingested_at FROM ingest_log GROUP BY source
)
SELECT l.source, h.latest_created_at, l.latest_ingested_at, coalesce(h.records, 0) + coalesce(c.records, 0) AS rows
FROM loaded l
LEFT JOIN held h USING (source)
LEFT JOIN customers_held c USING (source)
WHERE coalesce(h.records, 0) + coalesce(c.records, 0) > 0
ORDER BY l.source;
