-- Where each failing row of the file stands (its physical line), and the rows the reader set aside with their raw
-- text and reason, filled by the ingest and read by queries/ingest/quarantine_rows.sql.
CREATE OR REPLACE TEMP TABLE quarantine_lines (_rec BIGINT, line BIGINT, raw VARCHAR, reason VARCHAR);
