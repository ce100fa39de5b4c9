-- Loads the valid rows of `typed` into surveys: per response the latest responded_at (tie: later line),
-- replacing the warehouse's row only when strictly newer. Leaves `incoming` (_rec, _replaces) for the
-- counts. Parameters: $source, $sha256.
CREATE OR REPLACE TEMP TABLE incoming AS
WITH latest AS (
    SELECT _rec, response_id, responded_at
    FROM typed
    WHERE _reason IS NULL
    QUALIFY row_number() OVER (PARTITION BY response_id ORDER BY responded_at DESC, _rec DESC) = 1
)
SELECT l._rec, l.response_id, s.response_id IS NOT NULL AS _replaces
FROM latest l
LEFT JOIN surveys s ON s.source = $source AND s.response_id = l.response_id
WHERE s.response_id IS NULL OR l.responded_at > s.responded_at;

DELETE FROM surveys
WHERE source = $source AND response_id IN (SELECT response_id FROM incoming WHERE _replaces);

INSERT INTO surveys BY NAME
SELECT typed.* EXCLUDE (_rec, _reason, _raw), $source AS source, $sha256 AS ingest_file_sha256, now() AS ingested_at
FROM typed SEMI JOIN incoming USING (_rec);
