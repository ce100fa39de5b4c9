-- zone_offsets: for the reporting zone and the business calendar's zone, from which instant each UTC offset holds,
-- 1900 to 2100: a wall-clock time is the instant plus the offset of the latest row at or before it. Queries find it by
-- day in zone_days below. Made with the settings tables and filled zone by zone (zone_offsets_of.sql).
CREATE OR REPLACE TABLE zone_offsets (zone VARCHAR NOT NULL, from_at TIMESTAMPTZ NOT NULL, offset_us BIGINT NOT NULL);
COMMENT ON TABLE zone_offsets IS 'For the reporting zone and the business calendar''s zone, from which instant each UTC offset holds (1900 to 2100): a wall-clock time is the instant plus the offset of the latest row at or before it.';
COMMENT ON COLUMN zone_offsets.zone IS 'IANA zone.';
COMMENT ON COLUMN zone_offsets.from_at IS 'The instant from which the offset holds.';
COMMENT ON COLUMN zone_offsets.offset_us IS 'Local time minus UTC, microseconds.';

-- utc_day(t): the UTC day of instant t as days since 1970-01-01 (floored, so also right before 1970), the key of
-- zone_days.
CREATE OR REPLACE MACRO utc_day(t) AS
    epoch_us(t) // 86400000000 - CASE WHEN epoch_us(t) % 86400000000 < 0 THEN 1 ELSE 0 END;
-- utc_day_start(t): the instant the UTC day of instant t starts at.
CREATE OR REPLACE MACRO utc_day_start(t) AS make_timestamptz(utc_day(t) * 86400000000);

-- zone_days: the same offsets by UTC day: the offset at the day's start and the changes within the day, if any.
-- Found by an equality join on the day (a hash join), an instant's offset costs a fraction of an as-of join, which
-- sorts the rows it looks up, or of a zone conversion per row (docs/performance.md).
CREATE OR REPLACE TABLE zone_days (zone VARCHAR NOT NULL, day BIGINT NOT NULL, offset_us BIGINT NOT NULL,
                                   changes STRUCT(at_us BIGINT, offset_us BIGINT)[]);
COMMENT ON TABLE zone_days IS 'zone_offsets by UTC day (1900 to 2100), joined on utc_day(instant): the offset at the day''s start and the changes within it; wall_clock(t, offset_us, changes) gives the wall-clock time.';
COMMENT ON COLUMN zone_days.zone IS 'IANA zone.';
COMMENT ON COLUMN zone_days.day IS 'Days since 1970-01-01 UTC: utc_day() of the instants it holds.';
COMMENT ON COLUMN zone_days.offset_us IS 'Local time minus UTC at the day''s start (00:00 UTC), microseconds.';
COMMENT ON COLUMN zone_days.changes IS 'The offset changes within the day, in order (at_us: the instant as epoch microseconds, offset_us: from then on); NULL when none.';

-- wall_clock(t, offset_us, changes): the wall-clock time (TIMESTAMP) of instant t given the zone_days row of its
-- zone and UTC day (LEFT JOIN zone_days d ON d.zone = ... AND d.day = utc_day(t)): the instant plus the offset in force
-- at it; NULL outside the table's years.
CREATE OR REPLACE MACRO wall_clock(t, offset_us, changes) AS
    make_timestamp(epoch_us(t) + CASE WHEN changes IS NULL THEN offset_us
                                      ELSE coalesce(list_last(list_filter(changes, c -> c.at_us <= epoch_us(t))).offset_us,
                                                    offset_us) END);
