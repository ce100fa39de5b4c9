-- The KPI table behind `analytics kpi` (definitions: queries/views/kpi.sql, docs/kpis.md).
SELECT * FROM kpi($from, $to, $grain, $dim, $hours, sources := $sources);
