-- The configuration the KPI views compute with, copied from the config file by every pipeline run that
-- writes to the warehouse (and, as temporary tables, by every read-only session), so that analysts who
-- query the views with any DuckDB client get the pipeline's calendar, targets and initiatives.

CREATE OR REPLACE TABLE kpi_settings (
    reporting_time_zone       VARCHAR NOT NULL,
    business_time_zone        VARCHAR NOT NULL,
    business_hours_configured BOOLEAN NOT NULL,
    sla_business_hours        BOOLEAN NOT NULL
);
COMMENT ON TABLE kpi_settings IS 'One row: the settings the KPI views use (config Reporting, BusinessHours, Sla), as of the last pipeline run that wrote to the warehouse.';
COMMENT ON COLUMN kpi_settings.reporting_time_zone IS 'IANA zone in which days, ISO weeks and months are cut (Reporting.TimeZone).';
COMMENT ON COLUMN kpi_settings.business_time_zone IS 'IANA zone of the business calendar (BusinessHours.TimeZone).';
COMMENT ON COLUMN kpi_settings.business_hours_configured IS 'False when no business hours are configured: business durations then equal calendar ones.';
COMMENT ON COLUMN kpi_settings.sla_business_hours IS 'True when the first-response targets are in business minutes (Sla.BusinessHours).';

CREATE OR REPLACE TABLE business_hours (
    weekday       INTEGER NOT NULL,
    opens_minute  INTEGER NOT NULL,
    closes_minute INTEGER NOT NULL
);
COMMENT ON TABLE business_hours IS 'Weekly opening windows of the business calendar, in its time zone (BusinessHours.Week).';
COMMENT ON COLUMN business_hours.weekday IS 'ISO weekday the window opens on: 1 = Monday .. 7 = Sunday.';
COMMENT ON COLUMN business_hours.opens_minute IS 'Opening time, minutes after local midnight.';
COMMENT ON COLUMN business_hours.closes_minute IS 'Closing time, minutes after local midnight; not after opens_minute means the next day (an overnight window).';

CREATE OR REPLACE TABLE business_holidays (
    day DATE NOT NULL
);
COMMENT ON TABLE business_holidays IS 'Local dates on which no business hour counts (BusinessHours.Holidays).';
COMMENT ON COLUMN business_holidays.day IS 'The holiday, a local date in the business calendar''s time zone.';

CREATE OR REPLACE TABLE sla_targets (
    priority               VARCHAR NOT NULL,
    first_response_minutes DOUBLE NOT NULL
);
COMMENT ON TABLE sla_targets IS 'First-response target per priority (Sla.FirstResponseMinutes); priorities without a row have no target.';
COMMENT ON COLUMN sla_targets.priority IS 'low, normal, high or urgent.';
COMMENT ON COLUMN sla_targets.first_response_minutes IS 'Target in minutes: business minutes when kpi_settings.sla_business_hours, else calendar minutes.';

CREATE OR REPLACE TABLE roi_settings (
    cost_per_ticket            DOUBLE NOT NULL,
    revenue_per_customer_month DOUBLE NOT NULL,
    window_weeks               INTEGER NOT NULL
);
COMMENT ON TABLE roi_settings IS 'One row: the ROI model''s inputs (config Roi).';
COMMENT ON COLUMN roi_settings.cost_per_ticket IS 'What handling one ticket costs (Roi.CostPerTicket).';
COMMENT ON COLUMN roi_settings.revenue_per_customer_month IS 'Revenue of one customer for one month (Roi.RevenuePerCustomerMonth).';
COMMENT ON COLUMN roi_settings.window_weeks IS 'Weeks compared before and after each initiative''s start (Roi.WindowWeeks).';

CREATE OR REPLACE TABLE roi_initiatives (
    name       VARCHAR NOT NULL,
    start_date DATE NOT NULL,
    cost       DOUBLE NOT NULL
);
COMMENT ON TABLE roi_initiatives IS 'Support initiatives whose return is measured (Roi.Initiatives).';
COMMENT ON COLUMN roi_initiatives.name IS 'Name of the initiative.';
COMMENT ON COLUMN roi_initiatives.start_date IS 'Local date (reporting time zone) on which it started.';
COMMENT ON COLUMN roi_initiatives.cost IS 'What it cost, in the account currency.';
