-- The zones the settings compute in: the reporting zone, then the business calendar's (the same one twice when they agree).
SELECT reporting_time_zone FROM kpi_settings
UNION ALL
SELECT business_time_zone FROM kpi_settings;
