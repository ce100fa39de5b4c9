-- What the ingest saw of each path when it last worked out the file's SHA-256 (docs/ingest.md, step 1): a file at the
-- same path with the same device, inode, size and modification and change times is the same file, and is not read
-- again to be recognised, as git's index does for the files of a work tree.

CREATE TABLE ingest_file_stamps (
    path        VARCHAR NOT NULL,
    device      UBIGINT NOT NULL,
    inode       UBIGINT NOT NULL,
    bytes       BIGINT NOT NULL,
    modified_ns BIGINT NOT NULL,
    changed_ns  BIGINT NOT NULL,
    file_sha256 VARCHAR NOT NULL,
    hashed_at   TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE ingest_file_stamps IS 'One row per path the ingest hashed: the file as it was then, and its SHA-256 (docs/ingest.md, step 1).';
COMMENT ON COLUMN ingest_file_stamps.path IS 'Full path of the file.';
COMMENT ON COLUMN ingest_file_stamps.device IS 'Device the file was on (major and minor numbers, as statx gives them).';
COMMENT ON COLUMN ingest_file_stamps.inode IS 'Inode of the file on that device.';
COMMENT ON COLUMN ingest_file_stamps.bytes IS 'File size in bytes.';
COMMENT ON COLUMN ingest_file_stamps.modified_ns IS 'Modification time (mtime), nanoseconds since 1970-01-01 UTC.';
COMMENT ON COLUMN ingest_file_stamps.changed_ns IS 'Status change time (ctime), nanoseconds since 1970-01-01 UTC: any write, rename or change of times sets it, and nothing sets it back.';
COMMENT ON COLUMN ingest_file_stamps.file_sha256 IS 'SHA-256 of the content when it was hashed (joins ingest_log).';
COMMENT ON COLUMN ingest_file_stamps.hashed_at IS 'When the hashing started: a file changed less than two seconds before is not recognised by its stamp.';
