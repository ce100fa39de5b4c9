-- One row, one value: the fingerprint the stored kpi_tickets and kpi_surveys were computed with (null when they
-- have not been built yet).
SELECT CASE WHEN (SELECT count(*) FROM duckdb_tables()
                  WHERE database_name = current_database() AND schema_name = 'main' AND table_name IN ('kpi_tickets', 'kpi_surveys')) = 2
            THEN (SELECT fingerprint FROM main.kpi_facts_state LIMIT 1) END;
