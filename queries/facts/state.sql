-- One row: the fingerprint the stored kpi_tickets, kpi_ticket_days and kpi_surveys were computed with and those settings as text
-- (nulls when they have not been built yet).
SELECT CASE WHEN present THEN (SELECT fingerprint FROM main.kpi_facts_state LIMIT 1) END AS fingerprint,
       CASE WHEN present THEN (SELECT settings FROM main.kpi_facts_state LIMIT 1) END AS settings
FROM (SELECT count(*) = 3 AS present FROM duckdb_tables()
      WHERE database_name = current_database() AND schema_name = 'main' AND table_name IN ('kpi_tickets', 'kpi_ticket_days', 'kpi_surveys'));
