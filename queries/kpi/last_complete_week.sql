-- Monday (local date) of the latest ISO week that has ended by $now and whose end the data reaches: the
-- week the demo and the weekly report default to. A week counts as reached when some ticket or survey
-- event falls on its last day or later.
SELECT CAST(date_trunc('week', least(CAST(timezone(s.reporting_time_zone, CAST($now AS TIMESTAMPTZ)) AS DATE),
                                     span.last_day + 1)) AS DATE) - 7 AS week_start
FROM kpi_data_span span, kpi_settings s;
