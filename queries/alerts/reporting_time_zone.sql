-- One row: the reporting time zone (IANA) the warehouse's days are cut in, so that the detector knows which
-- local day is still in progress.
SELECT reporting_time_zone FROM kpi_settings LIMIT 1;
