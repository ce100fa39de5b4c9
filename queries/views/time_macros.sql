-- Time arithmetic on instants, for the views below and for analysts.
--
-- minutes_between(a, b): minutes from instant a to instant b (negative when b is earlier), exact to the
-- microsecond. Subtracting two TIMESTAMPTZ values in DuckDB goes through the ICU calendar (an interval of
-- months, days and microseconds in the session's time zone) and is about ten times slower than
-- subtracting the instants' microsecond counts, which is all an elapsed time needs.
CREATE OR REPLACE MACRO minutes_between(a, b) AS (epoch_us(b) - epoch_us(a)) / 60e6;

-- whole_us(m): a duration of m minutes as whole microseconds (BIGINT), which the KPIs add and rank exactly.
CREATE OR REPLACE MACRO whole_us(m) AS CAST(round(m * 60e6) AS BIGINT);

-- plus_minutes(t, m): the instant m minutes after instant t (to the microsecond).
CREATE OR REPLACE MACRO plus_minutes(t, m) AS make_timestamptz(epoch_us(t) + whole_us(m));

-- periods_first_day(d, grain), periods_end_day(d, grain): the first local date of the day, ISO week or month
-- holding local date d, and the first date after it. With earliest_instant(day) (day 00:00 at UTC+14, the earliest
-- zone) and latest_instant(day) (day 00:00 at UTC-12, the latest), bounds of the instants that can fall in periods,
-- whatever the reporting zone: constants when the dates are, which DuckDB checks against a table's row groups.
CREATE OR REPLACE MACRO periods_first_day(d, grain) AS CAST(date_trunc(grain, CAST(d AS DATE)) AS DATE);
CREATE OR REPLACE MACRO periods_end_day(d, grain) AS
    CAST(date_trunc(grain, CAST(d AS DATE)) + CASE grain WHEN 'day' THEN INTERVAL 1 DAY WHEN 'week' THEN INTERVAL 7 DAY
                                                         ELSE INTERVAL 1 MONTH END AS DATE);
CREATE OR REPLACE MACRO earliest_instant(day) AS make_timestamptz(epoch_us(CAST(day AS TIMESTAMP)) - 14 * 3600000000);
CREATE OR REPLACE MACRO latest_instant(day) AS make_timestamptz(epoch_us(CAST(day AS TIMESTAMP)) + 12 * 3600000000);

-- local_periods(first_day, last_day, grain, tz): one row per day, ISO week or month ('day', 'week', 'month') of
-- zone tz from the one holding local date first_day to the one holding last_day: period_key (its first local
-- date) and its bounds as instants, [period_start, period_end), DST-safe (a week is always Monday 00:00 to
-- Monday 00:00 local). The periods of kpi(), of the detector's days and of the report's default period.
CREATE OR REPLACE MACRO local_periods(first_day, last_day, grain, tz) AS TABLE
SELECT CAST(g.k AS DATE) AS period_key,
       timezone(tz, g.k) AS period_start,
       timezone(tz, g.k + s.step) AS period_end
FROM (SELECT CASE grain WHEN 'day' THEN INTERVAL 1 DAY WHEN 'week' THEN INTERVAL 7 DAY ELSE INTERVAL 1 MONTH END AS step) s,
     unnest(generate_series(CAST(date_trunc(grain, CAST(first_day AS DATE)) AS TIMESTAMP),
                            CAST(date_trunc(grain, CAST(last_day AS DATE)) AS TIMESTAMP), s.step)) AS g(k);
