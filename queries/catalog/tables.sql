-- One row per table or view of the warehouse, with what one row of it is.
SELECT table_name AS name, 'table' AS type, estimated_size AS rows, comment
FROM duckdb_tables() WHERE database_name = current_database() AND NOT temporary
UNION ALL
SELECT view_name, 'view', NULL, comment
FROM duckdb_views() WHERE database_name = current_database() AND NOT internal AND NOT temporary
ORDER BY type, name
