-- The local days (reporting zone) up to local day $to that the data does not fully cover (docs/alerts.md, "Not
-- covered"): days whose period_coverage() (queries/views/coverage.sql) is not 'complete', because a source's
-- tickets start, stop, join or leave part-way through them. Only the days from the first to the last with
-- tickets are looked at: a day after all the data ends is judged like any other (its total may show a stopped
-- feed). The detector neither judges these days nor uses them as history.
WITH zone AS (
    SELECT reporting_time_zone AS tz FROM kpi_settings LIMIT 1
),
span AS (
    SELECT CAST(timezone(z.tz, min(c.first_at)) AS DATE) AS first_day,
           least(CAST(timezone(z.tz, max(c.last_at)) AS DATE), CAST($to AS DATE)) AS last_day,
           z.tz
    FROM coverage c, zone z
    WHERE c.kind = 'tickets'
    GROUP BY z.tz
)
SELECT p.period_key AS day
FROM span s, local_periods(s.first_day, s.last_day, 'day', s.tz) p
WHERE s.first_day <= s.last_day
  AND period_coverage(p.period_start, p.period_end, NULL).coverage IS DISTINCT FROM 'complete'
ORDER BY p.period_key;
