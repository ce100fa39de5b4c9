-- Loads the valid rows of `typed` into tickets. Per ticket the file's latest version is kept (later
-- updated_at, else created_at; a tie goes to the later line); it replaces the warehouse's version only
-- when strictly newer. Decided on keys alone; `incoming` (_rec, _replaces: an older version existed)
-- is left behind for the counts. Parameters: $source, $sha256.
CREATE OR REPLACE TEMP TABLE incoming AS
WITH latest AS (
    SELECT _rec, ticket_id, coalesce(updated_at, created_at) AS version
    FROM typed
    WHERE _reason IS NULL
    QUALIFY row_number() OVER (PARTITION BY ticket_id ORDER BY version DESC, _rec DESC) = 1
)
SELECT l._rec, l.ticket_id, t.ticket_id IS NOT NULL AS _replaces
FROM latest l
LEFT JOIN tickets t ON t.source = $source AND t.ticket_id = l.ticket_id
WHERE t.ticket_id IS NULL OR l.version > coalesce(t.updated_at, t.created_at);

DELETE FROM tickets
WHERE source = $source AND ticket_id IN (SELECT ticket_id FROM incoming WHERE _replaces);

INSERT INTO tickets BY NAME
SELECT typed.* EXCLUDE (_rec, _reason, _raw), $source AS source, $sha256 AS ingest_file_sha256, now() AS ingested_at
FROM typed SEMI JOIN incoming USING (_rec);
