-- One row per table and source: how many rows, and the span of days (UTC) they cover.
SELECT 'tickets' AS "table", source, count(*) AS rows,
       min(created_at)::DATE AS first_day_utc, max(created_at)::DATE AS last_day_utc
FROM tickets GROUP BY ALL
UNION ALL
SELECT 'surveys', source || ' ' || survey, count(*), min(responded_at)::DATE, max(responded_at)::DATE
FROM surveys GROUP BY ALL
UNION ALL
SELECT 'customers', source, count(*), min(created_at)::DATE, max(created_at)::DATE
FROM customers GROUP BY ALL
UNION ALL
SELECT 'quarantine', source, count(*), NULL, NULL
FROM quarantine GROUP BY ALL
ORDER BY 1, 2
