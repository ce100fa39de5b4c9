-- Builds the backlog's counts per day, kpi_ticket_days, whole from kpi_tickets (queries/views/kpi_ticket_days.sql):
-- right after the stored rows are rebuilt (rebuild.sql), or, as a temporary table, computed for a session (session.sql).
CREATE OR REPLACE TABLE kpi_ticket_days AS SELECT * FROM kpi_ticket_days_live() ORDER BY source, day;
