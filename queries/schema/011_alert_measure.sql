-- What an alert measures (docs/alerts.md, "Negative share"): a category has one alert state for its ticket volume and
-- one for its share of negative texts. Every row says which; the rows written before are all of the volume.

ALTER TABLE alerts ADD COLUMN measure VARCHAR DEFAULT 'volume';
UPDATE alerts SET measure = 'volume' WHERE measure IS NULL;
ALTER TABLE alerts ADD COLUMN texts INTEGER;

COMMENT ON TABLE alerts IS 'One row per change of the alert state of a category in one measure (volume, negative-share): firing, escalated, resolved, feed-stopped, volume-drop; oldest first by id.';
COMMENT ON COLUMN alerts.measure IS 'What the alert measures: volume (tickets created; the total''s feed-stopped and volume-drop) or negative-share (the share of the day''s texts labelled negative). Each category has one state per measure.';
COMMENT ON COLUMN alerts.texts IS 'negative-share rows: the day''s texts whose tone is known (tickets created and survey comments given, in the category); observed of them were negative. NULL for volume rows.';
COMMENT ON COLUMN alerts.observed IS 'volume: tickets created in the category (all categories for the total''s rows) over the days judged together, that day alone or the last 2 or 3 days for a spike the multi-day check found (see days). negative-share: the day''s negative texts, of texts.';
COMMENT ON COLUMN alerts.baseline IS 'volume: the typical count of the same days (the weekday-adjusted typical count of the day, or the sum of the typical counts of the days judged together). negative-share: the typical share of negative texts, 0 to 1.';
COMMENT ON COLUMN alerts.ratio IS 'volume: observed / max(baseline, 1). negative-share: the day''s share (observed / texts) / max(baseline, 0.01).';
COMMENT ON COLUMN alerts.p_value IS 'Tail probability under the baseline model: upper tail of the count for spikes, lower tail for the total; binomial upper tail P(X >= observed | texts, baseline) for negative-share rows.';
COMMENT ON COLUMN alerts.severity IS '1 below 2x, 2 from 2x, 3 from 3x the baseline (the ratio, in either measure); 0 for resolved rows; 3 for feed-stopped, 1 for volume-drop.';
COMMENT ON COLUMN alerts.why IS 'The sentence the alert carries, e.g. Payments: 42 tickets today, typical Tuesday 12 (3.5x), or Payments: 18 of 40 texts negative today (45%), typical 12% (3.8x).';
COMMENT ON COLUMN alerts.silenced IS 'Whether a silence of the category (or of all) covered the day; a category''s silence covers both measures.';
