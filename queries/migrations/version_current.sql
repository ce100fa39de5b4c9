-- The number of the latest migration a warehouse file has had; NULL when none.
SELECT max(version) FROM schema_version;
