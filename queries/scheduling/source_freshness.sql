-- Per source: the newest ticket or survey and when the source last loaded rows (analytics status).
WITH rows AS (
    SELECT source, created_at AS happened_at, ingested_at FROM tickets
    UNION ALL
    SELECT source, NULL AS happened_at, ingested_at FROM surveys
)
SELECT source, max(happened_at) AS latest_created_at, max(ingested_at) AS latest_ingested_at, count(*) AS rows
FROM rows
GROUP BY source
ORDER BY source;
