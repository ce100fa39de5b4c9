-- Stored per-ticket rows (docs/kpis.md, "Stored per-ticket rows"): kpi_tickets and kpi_surveys become tables kept
-- by the ingest instead of views that every query worked out again. They are (re)built by the program
-- (queries/facts/rebuild.sql), which records here what they were computed with.

DROP VIEW IF EXISTS kpi_tickets;
DROP VIEW IF EXISTS kpi_surveys;

CREATE TABLE kpi_facts_state (
    fingerprint VARCHAR NOT NULL,
    settings    VARCHAR NOT NULL,
    built_at    TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE kpi_facts_state IS 'One row: what the stored kpi_tickets and kpi_surveys were computed with. A command whose settings or definitions differ computes its own (docs/kpis.md, "Stored per-ticket rows").';
COMMENT ON COLUMN kpi_facts_state.fingerprint IS 'SHA-256 of the KPI definitions and of the settings below.';
COMMENT ON COLUMN kpi_facts_state.settings IS 'The settings the rows were computed with, as text: reporting zone, business calendar, SLA targets.';
COMMENT ON COLUMN kpi_facts_state.built_at IS 'When the tables were last rebuilt whole.';
