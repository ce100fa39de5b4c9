-- One row per local day in $from..$to and category: tickets created that day (created_local, the wall-clock
-- time in the reporting zone) in that category, zero-filled so a day without tickets of a category is a row
-- with 0, not a missing row. Categories are those with any ticket up to $to; tickets without a category
-- count under '(no category)'. Deleted tickets never count (kpi_tickets leaves them out).
-- The spike detector reads these rows: a day's verdict uses that day and earlier ones only.
WITH days AS (
    SELECT CAST(d AS DATE) AS day
    FROM generate_series(CAST(CAST($from AS DATE) AS TIMESTAMP), CAST(CAST($to AS DATE) AS TIMESTAMP), INTERVAL 1 DAY) g(d)
),
tickets AS (
    SELECT CAST(created_local AS DATE) AS day, coalesce(category, '(no category)') AS category
    FROM kpi_tickets
    WHERE CAST(created_local AS DATE) <= CAST($to AS DATE)
),
categories AS (
    SELECT DISTINCT category FROM tickets
),
counts AS (
    SELECT day, category, count(*) AS tickets
    FROM tickets
    WHERE day >= CAST($from AS DATE)
    GROUP BY ALL
)
SELECT d.day, c.category, coalesce(n.tickets, 0) AS tickets
FROM days d
CROSS JOIN categories c
LEFT JOIN counts n ON n.day = d.day AND n.category = c.category
ORDER BY d.day, c.category;
