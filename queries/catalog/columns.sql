-- One row per column of the table or view $relation: its type and meaning (unit included).
SELECT column_name AS column, data_type AS type, comment
FROM duckdb_columns()
WHERE database_name = current_database() AND table_name = $relation
ORDER BY column_index
