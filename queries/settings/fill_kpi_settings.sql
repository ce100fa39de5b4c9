-- The one row of kpi_settings (queries/settings/tables.sql) from the configuration.
INSERT INTO kpi_settings VALUES ($reporting, $business, $configured, $slaBusiness);
