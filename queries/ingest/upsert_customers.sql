-- Loads the valid rows of `typed` into customers (key: customer_id, across sources). Customers carry no
-- update time, so the row of the file ingested last wins (within a file: the later line), unless it is
-- identical to what the warehouse holds. Leaves `incoming` (every valid row: _rec, _loads, _replaces); the
-- insert passes over the valid rows that do not load. Parameters: $source, $sha256.
CREATE OR REPLACE TEMP TABLE incoming AS
WITH versions AS (
    SELECT _rec, customer_id, created_at, churned_at, segment, plan, mrr,
           row_number() OVER (PARTITION BY customer_id ORDER BY _rec DESC) = 1 AS latest
    FROM typed
    WHERE _reason IS NULL
)
SELECT v._rec, v.customer_id,
       v.latest AND (c.customer_id IS NULL
                     OR (v.created_at, v.churned_at, v.segment, v.plan, v.mrr)
                        IS DISTINCT FROM (c.created_at, c.churned_at, c.segment, c.plan, c.mrr)) AS _loads,
       c.customer_id IS NOT NULL AS _replaces
FROM versions v
LEFT JOIN customers c ON c.customer_id = v.customer_id;

DELETE FROM customers
WHERE customer_id IN (SELECT customer_id FROM incoming WHERE _loads AND _replaces);

INSERT INTO customers BY NAME
SELECT typed.* EXCLUDE (_rec, _reason, _raw), $source AS source, $sha256 AS ingest_file_sha256, now() AS ingested_at
FROM typed ANTI JOIN (SELECT _rec FROM incoming WHERE NOT _loads) USING (_rec)
WHERE typed._reason IS NULL;
