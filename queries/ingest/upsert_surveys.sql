-- Loads the valid rows of `typed` into surveys: per response the latest responded_at (tie: later line),
-- replacing the warehouse's row only when strictly newer. Leaves `incoming` (every valid row: _rec, _loads,
-- _replaces) for the counts; the insert passes over the valid rows that do not load. Parameters: $source,
-- $sha256.
CREATE OR REPLACE TEMP TABLE incoming AS
WITH versions AS (
    SELECT _rec, response_id, responded_at,
           row_number() OVER (PARTITION BY response_id ORDER BY responded_at DESC, _rec DESC) = 1 AS latest
    FROM typed
    WHERE _reason IS NULL
)
SELECT v._rec, v.response_id,
       v.latest AND (s.response_id IS NULL OR v.responded_at > s.responded_at) AS _loads,
       s.response_id IS NOT NULL AS _replaces
FROM versions v
LEFT JOIN surveys s ON s.source = $source AND s.response_id = v.response_id;

DELETE FROM surveys
WHERE source = $source AND response_id IN (SELECT response_id FROM incoming WHERE _loads AND _replaces);

INSERT INTO surveys BY NAME
SELECT typed.* EXCLUDE (_rec, _reason, _raw), $source AS source, $sha256 AS ingest_file_sha256, now() AS ingested_at
FROM typed ANTI JOIN (SELECT _rec FROM incoming WHERE NOT _loads) USING (_rec)
WHERE typed._reason IS NULL;
