-- One row per KPI column of the kpi_weekly view with its definition: the column comments stored with the view, made from queries/kpi/columns.json (pipeline/Library/Warehouse/Views.cs), so that the report's definitions have one source.
-- A read-only session shadows the stored views with temporary ones that carry no comments, so only commented columns are read.
SELECT column_name AS kpi, comment AS definition
FROM duckdb_columns()
WHERE table_name = 'kpi_weekly'
  AND comment IS NOT NULL
  AND column_name NOT IN ('period_start', 'period_end')
ORDER BY column_index;
