-- Records what the file at $path looked like when its SHA-256 was worked out (one row per path).
DELETE FROM ingest_file_stamps WHERE path = $path;
INSERT INTO ingest_file_stamps VALUES ($path, $device, $inode, $bytes, $modified_ns, $changed_ns, $sha256, $hashed_at);
