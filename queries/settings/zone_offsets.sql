-- zone_offsets: for the reporting zone and the business calendar's zone, from which instant each UTC offset holds,
-- 1900 to 2100. A wall-clock time is then the instant plus the offset of the latest row at or before it, an as-of
-- join that costs a fraction of a zone conversion per row (docs/performance.md). Made with the settings tables and
-- filled zone by zone (zone_offsets_of.sql).
CREATE OR REPLACE TABLE zone_offsets (zone VARCHAR NOT NULL, from_at TIMESTAMPTZ NOT NULL, offset_us BIGINT NOT NULL);
COMMENT ON TABLE zone_offsets IS 'For the reporting zone and the business calendar''s zone, from which instant each UTC offset holds (1900 to 2100): a wall-clock time is the instant plus the offset of the latest row at or before it.';
COMMENT ON COLUMN zone_offsets.zone IS 'IANA zone.';
COMMENT ON COLUMN zone_offsets.from_at IS 'The instant from which the offset holds.';
COMMENT ON COLUMN zone_offsets.offset_us IS 'Local time minus UTC, microseconds.';
