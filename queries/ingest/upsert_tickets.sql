-- Loads the valid rows of `typed` into tickets. Per ticket the file's latest version is kept (later
-- updated_at, else created_at; a tie goes to the later line); it replaces the warehouse's version only
-- when strictly newer. Decided on keys alone; `incoming` (every valid row: _rec, _loads: it is loaded,
-- _replaces: an older version existed) is left behind for the counts. The insert passes over the valid rows
-- that do not load, usually few, rather than matching the many that do. $source and $sha256 are written in as
-- literals (a view takes no parameters).
--
-- The rows it writes are a view of the staged rows, file_ticket_rows, left behind until the file's transaction
-- ends: the stored KPI rows of the file's tickets are computed from it (queries/facts/update.sql), since DuckDB
-- reads the staged table on every core and the rows just written to tickets on one. `typed_tickets` is the
-- staged tickets of the file under a name of their own (`typed` is the kind being loaded, and changes).
CREATE OR REPLACE TEMP TABLE incoming AS
WITH versions AS (
    SELECT _rec, ticket_id, coalesce(updated_at, created_at) AS version,
           row_number() OVER (PARTITION BY ticket_id ORDER BY coalesce(updated_at, created_at) DESC, _rec DESC) = 1 AS latest
    FROM typed
    WHERE _reason IS NULL
)
SELECT v._rec, v.ticket_id,
       v.latest AND (t.ticket_id IS NULL OR v.version > coalesce(t.updated_at, t.created_at)) AS _loads,
       t.ticket_id IS NOT NULL AS _replaces
FROM versions v
LEFT JOIN tickets t ON t.source = $source AND t.ticket_id = v.ticket_id;

DELETE FROM tickets
WHERE source = $source AND ticket_id IN (SELECT ticket_id FROM incoming WHERE _loads AND _replaces);

CREATE OR REPLACE TEMP TABLE tickets_passed_over AS SELECT _rec FROM incoming WHERE NOT _loads;

CREATE OR REPLACE TEMP VIEW file_ticket_rows AS
SELECT typed_tickets.* EXCLUDE (_rec, _reason, _raw), $source AS source, $sha256 AS ingest_file_sha256
FROM typed_tickets ANTI JOIN tickets_passed_over USING (_rec)
WHERE typed_tickets._reason IS NULL;

INSERT INTO tickets BY NAME SELECT *, now() AS ingested_at FROM file_ticket_rows;
