-- The business calendar laid out as instants, one row per local date of the calendar's zone, from a few
-- days before the first ticket to a few days after the latest ticket event (or now).
--
--   business_days       day, minutes_before (business minutes of all earlier days), minutes, stretches
--                       (the day's open hours as [start_at, end_at) instants)
--   business_intervals  the same stretches one per row, with the running total before each
--
-- The business minutes from a to b are B(b) - B(a), where for an instant t on local date d
--   B(t) = minutes_before(d) + sum over the stretches of d of clamp(t - start_at, 0, end_at - start_at).
-- kpi_tickets finds d with a hash join on the date, so 1M tickets take one streaming pass.
-- Windows are wall-clock times in the calendar's zone, so a DST change moves them with the clock and a
-- stretch across the change counts the minutes that really passed. The part of an overnight window after
-- midnight belongs to the next date, and is closed if that date is a holiday. With no business hours
-- configured there are no stretches, and business durations equal calendar ones (kpi_tickets).
CREATE OR REPLACE VIEW business_days AS
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
    SELECT p.day,
           timezone(s.tz, p.day + to_minutes(p.from_minute)) AS start_at,
           timezone(s.tz, p.day + to_minutes(p.to_minute)) AS end_at
    FROM pieces p, settings s
    WHERE p.day NOT IN (SELECT day FROM business_holidays)
),
per_day AS (
    SELECT d.day,
           coalesce(sum(minutes_between(st.start_at, st.end_at)), 0) AS minutes,
           coalesce(list({'start_at': st.start_at, 'end_at': st.end_at} ORDER BY st.start_at)
                        FILTER (WHERE st.start_at IS NOT NULL), []) AS stretches
    FROM days d
    LEFT JOIN stretches st ON st.day = d.day AND st.end_at > st.start_at
    GROUP BY d.day
)
SELECT day,
       coalesce(sum(minutes) OVER (ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS minutes_before,
       minutes,
       stretches
FROM per_day;

COMMENT ON VIEW business_days IS 'The business calendar per local date of its zone (weekly windows, holidays left out), over the span of the ticket data.';
COMMENT ON COLUMN business_days.day IS 'Local date in the business calendar''s zone.';
COMMENT ON COLUMN business_days.minutes_before IS 'Business minutes of all earlier days: business minutes between two instants are a difference of running totals.';
COMMENT ON COLUMN business_days.minutes IS 'Business minutes of this day (real elapsed time, so a DST change inside a window counts as it happened).';
COMMENT ON COLUMN business_days.stretches IS 'The day''s open hours as a list of {start_at, end_at} instants.';

-- business_minutes_at(t): business minutes from the start of the calendar to instant t, B(t) above; the
-- business minutes between a and b are business_minutes_at(b) - business_minutes_at(a). Needs the day's
-- row of business_days: see kpi_tickets for how a query joins it.
CREATE OR REPLACE MACRO business_minutes_at(t, minutes_before, stretches) AS
    minutes_before + coalesce(list_sum(list_transform(stretches,
        s -> greatest(0, least(epoch_us(t), epoch_us(s.end_at)) - epoch_us(s.start_at)))), 0) / 60e6;

CREATE OR REPLACE VIEW business_intervals AS
SELECT s.start_at,
       s.end_at,
       minutes_between(s.start_at, s.end_at) AS minutes,
       coalesce(sum(minutes_between(s.start_at, s.end_at)) OVER (ORDER BY s.start_at ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS minutes_before
FROM (SELECT unnest(stretches) AS s FROM business_days);

COMMENT ON VIEW business_intervals IS 'The business calendar as instants: one row per stretch of open hours, with the business minutes of all earlier stretches.';
COMMENT ON COLUMN business_intervals.start_at IS 'When the stretch opens (instant).';
COMMENT ON COLUMN business_intervals.end_at IS 'When it closes (instant).';
COMMENT ON COLUMN business_intervals.minutes IS 'Its length in minutes (real elapsed time, so a DST change inside it counts as it happened).';
COMMENT ON COLUMN business_intervals.minutes_before IS 'Business minutes of all earlier stretches.';
