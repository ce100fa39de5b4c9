-- Builds the stored per-ticket and per-response rows whole from their definitions, kpi_tickets_live() and
-- kpi_surveys_live() (queries/views/kpi_tickets.sql, kpi_surveys.sql), with the session's settings,
-- in the order of creation and response so that a query for a few periods skips most of the table, and
-- records what they were computed with. A writer runs it when the settings or definitions change.
CREATE OR REPLACE TABLE kpi_tickets AS SELECT * FROM kpi_tickets_live() ORDER BY created_at, source, ticket_id;
CREATE OR REPLACE TABLE kpi_surveys AS SELECT * FROM kpi_surveys_live() ORDER BY responded_at, source, response_id;
DELETE FROM kpi_facts_state;
INSERT INTO kpi_facts_state VALUES ($fingerprint, $settings, now());
