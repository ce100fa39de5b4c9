-- Records that migration $version (file $name) was applied, in the migration's own transaction.
INSERT INTO schema_version VALUES ($version, $name, now());
