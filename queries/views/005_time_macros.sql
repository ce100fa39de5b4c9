-- Time arithmetic on instants, for the views below and for analysts.
--
-- minutes_between(a, b): minutes from instant a to instant b (negative when b is earlier), exact to the
-- microsecond. Subtracting two TIMESTAMPTZ values in DuckDB goes through the ICU calendar (an interval of
-- months, days and microseconds in the session's time zone) and is about ten times slower than
-- subtracting the instants' microsecond counts, which is all an elapsed time needs.
CREATE OR REPLACE MACRO minutes_between(a, b) AS (epoch_us(b) - epoch_us(a)) / 60e6;

-- plus_minutes(t, m): the instant m minutes after instant t (to the microsecond).
CREATE OR REPLACE MACRO plus_minutes(t, m) AS make_timestamptz(epoch_us(t) + CAST(round(m * 60e6) AS BIGINT));
