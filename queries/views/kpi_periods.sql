-- The KPI table over all the data, per day, ISO week and month (calendar hours, no dimension): what
-- `analytics kpi --by day|week|month` prints for the same periods. For other choices call the macro:
--   SELECT * FROM kpi('2026-01-01', '2026-03-31', 'week', 'team', 'business');
CREATE OR REPLACE VIEW kpi_data_span AS
SELECT CAST(timezone(s.tz, min(event_at)) AS DATE) AS first_day,
       CAST(timezone(s.tz, max(event_at)) AS DATE) AS last_day
FROM (SELECT created_at AS event_at FROM tickets
      UNION ALL SELECT solved_at FROM tickets
      UNION ALL SELECT first_response_at FROM tickets
      UNION ALL SELECT responded_at FROM surveys) events,
     (SELECT reporting_time_zone AS tz FROM kpi_settings) s
GROUP BY s.tz;
COMMENT ON VIEW kpi_data_span IS 'First and last local date (reporting time zone) with a ticket or survey event.';
COMMENT ON COLUMN kpi_data_span.first_day IS 'Earliest local date with a ticket created, answered or solved, or a survey response.';
COMMENT ON COLUMN kpi_data_span.last_day IS 'Latest such local date.';

CREATE OR REPLACE VIEW kpi_daily AS
SELECT * EXCLUDE (dimension, value)
FROM kpi((SELECT first_day FROM kpi_data_span), (SELECT last_day FROM kpi_data_span), 'day', NULL, 'calendar');
COMMENT ON VIEW kpi_daily IS 'KPI table per local day over all the data (calendar hours); columns as in docs/kpis.md.';

CREATE OR REPLACE VIEW kpi_weekly AS
SELECT * EXCLUDE (dimension, value)
FROM kpi((SELECT first_day FROM kpi_data_span), (SELECT last_day FROM kpi_data_span), 'week', NULL, 'calendar');
COMMENT ON VIEW kpi_weekly IS 'KPI table per ISO week (Monday 00:00 local) over all the data (calendar hours); columns as in docs/kpis.md.';

CREATE OR REPLACE VIEW kpi_monthly AS
SELECT * EXCLUDE (dimension, value)
FROM kpi((SELECT first_day FROM kpi_data_span), (SELECT last_day FROM kpi_data_span), 'month', NULL, 'calendar');
COMMENT ON VIEW kpi_monthly IS 'KPI table per calendar month over all the data (calendar hours); columns as in docs/kpis.md.';
