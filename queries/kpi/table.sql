-- The KPI table behind `analytics kpi` (definitions: queries/views/030_kpi.sql, docs/kpis.md).
SELECT * FROM kpi($from, $to, $grain, $dim, $hours, sources := $sources);
