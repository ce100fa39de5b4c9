-- Nothing returned: ends a report session's snapshot (snapshot.sql); the caller then restores the temporary views a read-only session had.
DROP VIEW IF EXISTS temp.main.kpi_tickets;
DROP VIEW IF EXISTS temp.main.kpi_surveys;
DROP TABLE IF EXISTS temp.main.report_kpi_tickets;
DROP TABLE IF EXISTS temp.main.report_kpi_surveys;
