-- The first local day of the latest period of $grain ('week' or 'month') that has ended by $now in the
-- reporting zone and that the data covers whole (period_coverage = complete); no row when there is none.
-- What `analytics report` reports when no period is given.
WITH z AS (
    SELECT reporting_time_zone AS tz FROM kpi_settings
),
data AS (
    SELECT CAST(timezone(z.tz, min(c.first_at)) AS DATE) AS first_day, CAST(timezone(z.tz, max(c.last_at)) AS DATE) AS last_day, z.tz
    FROM coverage c, z
    WHERE c.kind = 'tickets'
    GROUP BY z.tz
)
SELECT p.period_key AS first_day
FROM data d, local_periods(d.first_day, d.last_day, $grain, d.tz) p
WHERE p.period_end <= CAST($now AS TIMESTAMPTZ)
  AND period_coverage(p.period_start, p.period_end, NULL).coverage = 'complete'
ORDER BY p.period_key DESC
LIMIT 1;
