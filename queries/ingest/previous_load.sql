-- The load of a file with SHA-256 $sha256, when it was loaded before (its kind, vendor and source): it is not loaded again.
SELECT kind, vendor, source FROM ingest_log WHERE file_sha256 = $sha256;
