-- Loads the valid rows of `typed` into ticket_events. An event is a fact: the same
-- (source, ticket_id, at, type, status, actor) already present is a duplicate, never replaced.
-- Leaves `incoming` (every valid row: _rec, _loads, _replaces) for the counts; the insert passes over the
-- valid rows that do not load. Parameters: $source, $sha256.
CREATE OR REPLACE TEMP TABLE incoming AS
WITH events AS (
    SELECT _rec, ticket_id, "at", type, status, actor,
           row_number() OVER (PARTITION BY ticket_id, "at", type, status, actor ORDER BY _rec DESC) = 1 AS latest
    FROM typed
    WHERE _reason IS NULL
)
SELECT l._rec,
       l.latest AND NOT EXISTS (
           SELECT 1 FROM ticket_events e
           WHERE e.source = $source AND e.ticket_id = l.ticket_id AND e."at" = l."at" AND e.type = l.type
             AND e.status IS NOT DISTINCT FROM l.status AND e.actor IS NOT DISTINCT FROM l.actor) AS _loads,
       false AS _replaces
FROM events l;

INSERT INTO ticket_events BY NAME
SELECT typed.* EXCLUDE (_rec, _reason, _raw), $source AS source, $sha256 AS ingest_file_sha256, now() AS ingested_at
FROM typed ANTI JOIN (SELECT _rec FROM incoming WHERE NOT _loads) USING (_rec)
WHERE typed._reason IS NULL;
