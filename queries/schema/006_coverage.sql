-- Coverage (docs/kpis.md, "Coverage"): what the data of each source covers, kept by the ingest, and which zone
-- each export file's timestamps without an offset were read in, so that the reporting zone can follow the data
-- when no Reporting.TimeZone is configured (docs/kpis.md, "The reporting zone").

ALTER TABLE ingest_log ADD COLUMN time_zone VARCHAR;
COMMENT ON COLUMN ingest_log.time_zone IS 'IANA zone the file''s timestamps without an offset were read in, as given by --timezone or the source''s TimeZone; null when none was given (read as UTC). Files with a zone decide the reporting zone when the configuration has none and they all agree.';

CREATE TABLE coverage (
    source                 VARCHAR NOT NULL,
    kind                   VARCHAR NOT NULL,
    first_at               TIMESTAMPTZ NOT NULL,
    last_at                TIMESTAMPTZ NOT NULL,
    records                BIGINT NOT NULL,
    quiet_stretch          INTERVAL NOT NULL,
    frt_calendar_n         BIGINT,
    frt_business_n         BIGINT,
    resolution_business_n  BIGINT,
    agent_replies_n        BIGINT,
    requester_wait_n       BIGINT,
    refreshed_at           TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE coverage IS 'One row per source and kind of data (tickets, surveys, ticket_events): the span its data covers and the duration bases it provides. Derived from the data tables by every ingest (queries/coverage/refresh.sql); never edited.';
COMMENT ON COLUMN coverage.source IS 'Source name.';
COMMENT ON COLUMN coverage.kind IS 'tickets (spanned by created_at), surveys (responded_at) or ticket_events (at).';
COMMENT ON COLUMN coverage.first_at IS 'Earliest instant with data: the first ticket created, survey answered or event.';
COMMENT ON COLUMN coverage.last_at IS 'Latest such instant.';
COMMENT ON COLUMN coverage.records IS 'Rows of that kind from the source.';
COMMENT ON COLUMN coverage.quiet_stretch IS 'The source''s longest quiet stretch: the longest gap between consecutive records over the 8 weeks up to its last one. Its data is taken to reach this far beyond its last record; its feed is stale when quiet for longer, and for more than two days (docs/kpis.md, "Coverage").';
COMMENT ON COLUMN coverage.frt_calendar_n IS 'Tickets with a calendar first response (a first-response time or the source''s calendar minutes); null for other kinds.';
COMMENT ON COLUMN coverage.frt_business_n IS 'Tickets with the source''s own business-hours first response minutes; null for other kinds.';
COMMENT ON COLUMN coverage.resolution_business_n IS 'Tickets with the source''s own business-hours resolution minutes; null for other kinds.';
COMMENT ON COLUMN coverage.agent_replies_n IS 'Tickets with a known number of agent replies (FCR and zero-touch need it); null for other kinds.';
COMMENT ON COLUMN coverage.requester_wait_n IS 'Tickets with the source''s own requester wait time (calendar or business minutes); null for other kinds.';
COMMENT ON COLUMN coverage.refreshed_at IS 'When the row was last derived.';

CREATE TABLE coverage_gaps (
    source  VARCHAR NOT NULL,
    from_at TIMESTAMPTZ NOT NULL,
    to_at   TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE coverage_gaps IS 'Holes in a source''s tickets: more than 7 days without a ticket between two that it has (an export that was never loaded, a feed that stopped and came back), which the data therefore does not cover. Derived by every ingest with the coverage table.';
COMMENT ON COLUMN coverage_gaps.source IS 'Source name.';
COMMENT ON COLUMN coverage_gaps.from_at IS 'The last ticket created before the hole (instant).';
COMMENT ON COLUMN coverage_gaps.to_at IS 'The first ticket created after it (instant).';
