-- Loads the valid rows of `typed` into customers (key: customer_id, across sources). Customers carry no
-- update time, so the row of the file ingested last wins (within a file: the later line), unless it is
-- identical to what the warehouse holds. Leaves `incoming` (_rec, _replaces). Parameters: $source, $sha256.
CREATE OR REPLACE TEMP TABLE incoming AS
WITH latest AS (
    SELECT * FROM typed
    WHERE _reason IS NULL
    QUALIFY row_number() OVER (PARTITION BY customer_id ORDER BY _rec DESC) = 1
)
SELECT l._rec, l.customer_id, c.customer_id IS NOT NULL AS _replaces
FROM latest l
LEFT JOIN customers c ON c.customer_id = l.customer_id
WHERE c.customer_id IS NULL
   OR (l.created_at, l.churned_at, l.segment, l.plan, l.mrr)
      IS DISTINCT FROM (c.created_at, c.churned_at, c.segment, c.plan, c.mrr);

DELETE FROM customers
WHERE customer_id IN (SELECT customer_id FROM incoming WHERE _replaces);

INSERT INTO customers BY NAME
SELECT typed.* EXCLUDE (_rec, _reason, _raw), $source AS source, $sha256 AS ingest_file_sha256, now() AS ingested_at
FROM typed SEMI JOIN incoming USING (_rec);
