-- One row per local day in the 56 days (8 weeks) up to and including $day: tickets of category $category
-- created that day (created_local, the reporting zone), zero-filled. '(no category)' stands for tickets
-- without one, as in daily_category_counts.sql. The alert email draws these rows as its chart.
WITH days AS (
    SELECT CAST(d AS DATE) AS day
    FROM generate_series(CAST(CAST($day AS DATE) - 55 AS TIMESTAMP), CAST(CAST($day AS DATE) AS TIMESTAMP), INTERVAL 1 DAY) g(d)
),
counts AS (
    SELECT CAST(created_local AS DATE) AS day, count(*) AS tickets
    FROM kpi_tickets
    WHERE coalesce(category, '(no category)') = $category
      AND CAST(created_local AS DATE) BETWEEN CAST($day AS DATE) - 55 AND CAST($day AS DATE)
    GROUP BY ALL
)
SELECT d.day, coalesce(c.tickets, 0) AS tickets
FROM days d
LEFT JOIN counts c ON c.day = d.day
ORDER BY d.day;
