-- The business calendar laid out as instants: one row per stretch of open hours, from a few days before
-- the first ticket to a few days after the latest ticket event (or now), with the business minutes of all
-- earlier stretches. The business minutes between two instants a < b are then B(b) - B(a), where
--   B(t) = minutes_before + clamp(t - start_at, 0, minutes)   of the last stretch with start_at <= t.
-- Windows are wall-clock times in the calendar's zone, so a DST change moves them with the clock; the
-- part of an overnight window after midnight belongs to the next date (and is closed if that is a
-- holiday). With no business hours configured the view is empty and business durations equal calendar
-- ones (kpi_tickets).
CREATE OR REPLACE VIEW business_intervals AS
WITH settings AS (
    SELECT business_time_zone AS tz FROM kpi_settings
),
span AS (
    SELECT min(created_at) AS first_at,
           greatest(max(created_at), max(first_response_at), max(solved_at), now()) AS last_at
    FROM tickets
),
days AS (
    SELECT CAST(unnest(generate_series(
               CAST(CAST(timezone(tz, first_at) AS DATE) - 2 AS TIMESTAMP),
               CAST(CAST(timezone(tz, last_at) AS DATE) + 2 AS TIMESTAMP),
               INTERVAL 1 DAY)) AS DATE) AS day
    FROM settings, span
    WHERE first_at IS NOT NULL
),
pieces AS (
    -- each window on the date it opens (an overnight one up to midnight)
    SELECT d.day, w.opens_minute AS from_minute,
           CASE WHEN w.closes_minute > w.opens_minute THEN w.closes_minute ELSE 1440 END AS to_minute
    FROM days d JOIN business_hours w ON w.weekday = isodow(d.day)
    UNION ALL
    -- the after-midnight part of an overnight window opened the date before
    SELECT d.day, 0, w.closes_minute
    FROM days d JOIN business_hours w ON w.weekday = isodow(d.day - 1)
    WHERE w.closes_minute <= w.opens_minute AND w.closes_minute > 0
),
stretches AS (
    SELECT timezone(s.tz, p.day + to_minutes(p.from_minute)) AS start_at,
           timezone(s.tz, p.day + to_minutes(p.to_minute)) AS end_at
    FROM pieces p, settings s
    WHERE p.day NOT IN (SELECT day FROM business_holidays)
)
SELECT start_at,
       end_at,
       epoch(end_at - start_at) / 60 AS minutes,
       coalesce(sum(epoch(end_at - start_at) / 60) OVER (ORDER BY start_at ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS minutes_before
FROM stretches
WHERE end_at > start_at;

COMMENT ON VIEW business_intervals IS 'The business calendar as instants: one row per stretch of open hours (weekly windows in the calendar''s zone, holidays left out), over the span of the ticket data.';
COMMENT ON COLUMN business_intervals.start_at IS 'When the stretch opens (instant).';
COMMENT ON COLUMN business_intervals.end_at IS 'When it closes (instant).';
COMMENT ON COLUMN business_intervals.minutes IS 'Its length in minutes (real elapsed time, so a DST change inside it counts as it happened).';
COMMENT ON COLUMN business_intervals.minutes_before IS 'Business minutes of all earlier stretches: business minutes between two instants are a difference of these running totals.';
