-- The SHA-256 the ingest worked out for the file at $path when it looked exactly as it does now (docs/ingest.md,
-- step 1), and when it did.
SELECT file_sha256, hashed_at
FROM ingest_file_stamps
WHERE path = $path AND device = $device AND inode = $inode AND bytes = $bytes
  AND modified_ns = $modified_ns AND changed_ns = $changed_ns;
