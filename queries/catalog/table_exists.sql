-- 1 when the warehouse file (not a temporary scope) has the table $name, else 0: an older file may lack a later
-- migration's tables.
SELECT count(*) FROM duckdb_tables() WHERE table_name = $name AND database_name = current_database();
