-- One row per customer row of the export being loaded: typed, with _reason naming every problem
-- (NULL when valid). Reads `stg` (canonical names, all text); passes on `_raw`, the row as read.
SELECT
    _rec,
    _raw,
    blank_null(customer_id)                         AS customer_id,
    try_cast(blank_null(created_at) AS TIMESTAMPTZ) AS created_at,
    try_cast(blank_null(churned_at) AS TIMESTAMPTZ) AS churned_at,
    blank_null(segment)                             AS segment,
    blank_null(plan)                                AS plan,
    try_cast(blank_null(mrr) AS DECIMAL(18, 2))     AS mrr,
    _extra                                          AS extra,
    nullif(concat_ws('; ',
        CASE WHEN blank_null(customer_id) IS NULL THEN 'customer_id is missing' END,
        CASE WHEN blank_null(created_at) IS NULL THEN 'created_at is missing' END,
        check_instant('created_at', blank_null(created_at), try_cast(blank_null(created_at) AS TIMESTAMPTZ)),
        check_instant('churned_at', blank_null(churned_at), try_cast(blank_null(churned_at) AS TIMESTAMPTZ)),
        check_not_before('churned_at', try_cast(blank_null(churned_at) AS TIMESTAMPTZ), 'created_at', try_cast(blank_null(created_at) AS TIMESTAMPTZ)),
        check_number('mrr', blank_null(mrr), try_cast(blank_null(mrr) AS DECIMAL(18, 2))),
        CASE WHEN try_cast(blank_null(mrr) AS DOUBLE) < 0 THEN 'mrr is negative' END
    ), '') AS _reason
FROM stg
