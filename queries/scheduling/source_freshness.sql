-- Per source: the newest ticket and when the source last loaded rows (analytics status).
WITH rows AS (
    SELECT source, created_at AS happened_at, ingested_at FROM tickets
    UNION ALL
    SELECT source, NULL AS happened_at, ingested_at FROM surveys
    UNION ALL
    SELECT source, NULL AS happened_at, ingested_at FROM customers
    UNION ALL
    SELECT source, NULL AS happened_at, ingested_at FROM ticket_events
)
SELECT source, max(happened_at) AS latest_created_at, max(ingested_at) AS latest_ingested_at, count(*) AS rows
FROM rows
GROUP BY source
ORDER BY source;
