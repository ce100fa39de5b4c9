-- reporting_zone(): the reporting time zone of kpi_settings (Reporting.TimeZone) written in as a constant, made with
-- the settings tables. kpi() cuts its periods with it: DuckDB folds a zone conversion of constants when it plans, so
-- the instants the periods run between are constants it checks in each scan and against each row group, not a row
-- every table read has to be joined to (docs/performance.md).
CREATE OR REPLACE MACRO reporting_zone() AS $zone;
