-- The table that records which migrations of queries/schema/ a warehouse file has had (Migrator), created in a file
-- that has none yet.
CREATE TABLE schema_version (version INTEGER NOT NULL, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL);
COMMENT ON TABLE schema_version IS 'One row per schema migration applied to this file (queries/schema/).';
COMMENT ON COLUMN schema_version.version IS 'Number of the migration (the prefix of its file name).';
COMMENT ON COLUMN schema_version.name IS 'The migration file, under queries/.';
COMMENT ON COLUMN schema_version.applied_at IS 'When it was applied to this file.';
