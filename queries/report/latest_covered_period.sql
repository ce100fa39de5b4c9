-- The first local day of the latest period of $grain ('week' or 'month') that has ended by $now in the
-- reporting zone and that the data covers whole (period_coverage = complete); no row when there is none.
-- What `analytics report` reports when no period is given.
WITH z AS (
    SELECT reporting_time_zone AS tz, CASE $grain WHEN 'week' THEN INTERVAL 7 DAY ELSE INTERVAL 1 MONTH END AS step
    FROM kpi_settings
),
data AS (
    SELECT min(first_at) AS first_at, max(last_at) AS last_at FROM coverage WHERE kind = 'tickets'
),
keys AS (
    SELECT unnest(generate_series(CAST(date_trunc($grain, timezone(z.tz, d.first_at)) AS TIMESTAMP),
                                  CAST(date_trunc($grain, timezone(z.tz, d.last_at)) AS TIMESTAMP), z.step)) AS k,
           z.tz, z.step
    FROM z, data d
    WHERE d.first_at IS NOT NULL
),
periods AS (
    SELECT CAST(k AS DATE) AS first_day, timezone(tz, k) AS period_start, timezone(tz, k + step) AS period_end FROM keys
)
SELECT first_day
FROM periods
WHERE period_end <= CAST($now AS TIMESTAMPTZ)
  AND period_coverage(period_start, period_end, NULL).coverage = 'complete'
ORDER BY first_day DESC
LIMIT 1;
