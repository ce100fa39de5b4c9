-- Bookkeeping of the ingest: one row per loaded export file, one row per rejected input row.

CREATE TABLE ingest_log (
    file_sha256  VARCHAR NOT NULL,
    path         VARCHAR NOT NULL,
    bytes        BIGINT NOT NULL,
    kind         VARCHAR NOT NULL,
    vendor       VARCHAR NOT NULL,
    source       VARCHAR NOT NULL,
    rows_read    BIGINT NOT NULL,
    rows_loaded  BIGINT NOT NULL,
    rows_updated BIGINT NOT NULL,
    duplicates   BIGINT NOT NULL,
    quarantined  BIGINT NOT NULL,
    derived      JSON,
    started_at   TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE ingest_log IS 'One row per export file loaded; a file whose SHA-256 is here is not loaded again. rows_read = rows_loaded + duplicates + quarantined.';
COMMENT ON COLUMN ingest_log.file_sha256 IS 'SHA-256 of the file content: the identity that makes a second ingest of it a no-op.';
COMMENT ON COLUMN ingest_log.path IS 'Path the file was loaded from.';
COMMENT ON COLUMN ingest_log.bytes IS 'File size in bytes.';
COMMENT ON COLUMN ingest_log.source IS 'Value given to the source column of the rows loaded.';
COMMENT ON COLUMN ingest_log.rows_read IS 'Rows (records) of the file of its own kind.';
COMMENT ON COLUMN ingest_log.quarantined IS 'Rows written to quarantine.';
COMMENT ON COLUMN ingest_log.started_at IS 'When loading the file started.';
COMMENT ON COLUMN ingest_log.finished_at IS 'When its transaction was written.';
COMMENT ON COLUMN ingest_log.kind IS 'tickets, surveys, customers or ticket_events.';
COMMENT ON COLUMN ingest_log.vendor IS 'Export format recognised from the header (canonical, zendesk, freshdesk, servicenow, nps).';
COMMENT ON COLUMN ingest_log.rows_loaded IS 'Rows inserted or replacing an older version (includes rows_updated).';
COMMENT ON COLUMN ingest_log.rows_updated IS 'Of rows_loaded, those that replaced an older version already in the warehouse.';
COMMENT ON COLUMN ingest_log.derived IS 'Counts for rows of other kinds carried by the file (e.g. CSAT ratings in a ticket export), same fields.';
COMMENT ON COLUMN ingest_log.duplicates IS 'Valid rows not loaded because the file or the warehouse already holds the same or a newer version.';

CREATE TABLE quarantine (
    file_sha256    VARCHAR NOT NULL,
    path           VARCHAR NOT NULL,
    line           BIGINT,
    kind           VARCHAR NOT NULL,
    source         VARCHAR NOT NULL,
    reason         VARCHAR NOT NULL,
    raw            VARCHAR,
    quarantined_at TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE quarantine IS 'Input rows that could not be loaded, with where they came from and why. Nothing is dropped silently.';
COMMENT ON COLUMN quarantine.file_sha256 IS 'SHA-256 of the file the row came from (joins ingest_log).';
COMMENT ON COLUMN quarantine.path IS 'Path of the file the row came from.';
COMMENT ON COLUMN quarantine.kind IS 'Kind of row it would have been (tickets, surveys, customers, ticket_events).';
COMMENT ON COLUMN quarantine.source IS 'Source name the row would have been loaded under.';
COMMENT ON COLUMN quarantine.quarantined_at IS 'When the row was set aside.';
COMMENT ON COLUMN quarantine.line IS 'Physical line of the file where the row starts (1 = header line).';
COMMENT ON COLUMN quarantine.reason IS 'Every problem found in the row, separated by "; ".';
COMMENT ON COLUMN quarantine.raw IS 'The row as read: a JSON object of header to text, or the raw line when it could not be split into fields.';
