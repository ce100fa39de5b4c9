-- Alert lifecycle (docs/alerts.md, "Lifecycle"): every change of a category's alert state is a row of
-- alerts; every day judged with notification is a row of alert_days (a day is judged once, in date order);
-- silences mute a category, or all of them, through a date.

CREATE SEQUENCE alerts_id START 1;
CREATE TABLE alerts (
    id          BIGINT PRIMARY KEY DEFAULT nextval('alerts_id'),
    category    VARCHAR NOT NULL,
    day         DATE NOT NULL,
    state       VARCHAR NOT NULL,
    observed    INTEGER NOT NULL,
    baseline    DOUBLE NOT NULL,
    ratio       DOUBLE NOT NULL,
    p_value     DOUBLE NOT NULL,
    severity    INTEGER NOT NULL,
    why         VARCHAR NOT NULL,
    silenced    BOOLEAN NOT NULL,
    held        VARCHAR,
    run_key     VARCHAR,
    notified_at TIMESTAMPTZ,
    recorded_at TIMESTAMPTZ NOT NULL,
    days        INTEGER NOT NULL DEFAULT 1
);
COMMENT ON TABLE alerts IS 'One row per change of a category''s alert state (firing, escalated, resolved, feed-stopped), oldest first by id.';
COMMENT ON COLUMN alerts.id IS 'Order in which the changes were recorded.';
COMMENT ON COLUMN alerts.category IS 'Ticket category; (all categories) for the stopped-feed check on the total volume.';
COMMENT ON COLUMN alerts.day IS 'The local day judged (reporting time zone).';
COMMENT ON COLUMN alerts.state IS 'firing (a spike began), escalated (still firing at a higher severity), resolved (a full judged day under the thresholds), feed-stopped (the day''s total was improbably low).';
COMMENT ON COLUMN alerts.observed IS 'Tickets created in the category (all categories for feed-stopped) over the days judged together: that day alone, or the last 2 or 3 days for a spike the multi-day check found (see days).';
COMMENT ON COLUMN alerts.baseline IS 'The typical count of the same days: the weekday-adjusted typical count of the day, or the sum of the typical counts of the days judged together.';
COMMENT ON COLUMN alerts.ratio IS 'observed / max(baseline, 1).';
COMMENT ON COLUMN alerts.days IS 'How many days, ending on day, observed and baseline cover: 1, or 2 or 3 for a spike found by the multi-day check.';
COMMENT ON COLUMN alerts.p_value IS 'Tail probability of the observed count under the baseline model (upper tail for spikes, lower tail for the feed).';
COMMENT ON COLUMN alerts.severity IS '1 below 2x, 2 from 2x, 3 from 3x the baseline; 0 for resolved and feed rows.';
COMMENT ON COLUMN alerts.why IS 'The sentence the alert carries, e.g. Payments: 42 tickets today, typical Tuesday 12 (3.5x).';
COMMENT ON COLUMN alerts.silenced IS 'Whether a silence of the category (or of all) covered the day.';
COMMENT ON COLUMN alerts.held IS 'Why no email went out for the change (silence, cooldown, its firing never sent); null when the change was meant for the alert email.';
COMMENT ON COLUMN alerts.run_key IS 'Key of the grouped alert email that carried the change (outbox key alerts/<day>/<run_key>/<recipient>); null when none.';
COMMENT ON COLUMN alerts.notified_at IS 'When the alert email was put into the outbox; null when held back or no alert recipients are configured.';
COMMENT ON COLUMN alerts.recorded_at IS 'When the row was written.';

CREATE TABLE alert_days (
    day               DATE PRIMARY KEY,
    categories_checked INTEGER NOT NULL,
    changes           INTEGER NOT NULL,
    judged_at         TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE alert_days IS 'One row per local day judged by the alert lifecycle (alerts detect --notify, the detect job): a day is judged once.';
COMMENT ON COLUMN alert_days.day IS 'The local day judged.';
COMMENT ON COLUMN alert_days.categories_checked IS 'Categories with a verdict that day (K); 0 while warming up.';
COMMENT ON COLUMN alert_days.changes IS 'Rows written to alerts for the day.';
COMMENT ON COLUMN alert_days.judged_at IS 'When the day was judged.';

CREATE SEQUENCE alert_silences_id START 1;
CREATE TABLE alert_silences (
    id         BIGINT PRIMARY KEY DEFAULT nextval('alert_silences_id'),
    category   VARCHAR,
    until      DATE NOT NULL,
    reason     VARCHAR,
    created_at TIMESTAMPTZ NOT NULL,
    lifted_at  TIMESTAMPTZ
);
COMMENT ON TABLE alert_silences IS 'Mutes: alert changes of the category (or of all, category null) on days up to until are recorded without email.';
COMMENT ON COLUMN alert_silences.id IS 'Order in which the silences were set.';
COMMENT ON COLUMN alert_silences.category IS 'The muted category; null mutes all categories and the stopped-feed alert.';
COMMENT ON COLUMN alert_silences.until IS 'Last local day muted (inclusive).';
COMMENT ON COLUMN alert_silences.reason IS 'Why it was muted, as given.';
COMMENT ON COLUMN alert_silences.created_at IS 'When the silence was set.';
COMMENT ON COLUMN alert_silences.lifted_at IS 'When it was lifted early (alerts unsilence); null while it holds.';
