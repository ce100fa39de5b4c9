-- One row per first-response duration bucket (<1 h, 1-4 h, 4-8 h, 8-24 h, >24 h): tickets whose first response counts on the local dates $from..$to (attributed as kpi() does, by first_response_counted_local), in the $hours basis.
-- The buckets are frt_buckets() (queries/views/frt_buckets.sql): from the lower edge (inclusive) to the upper (exclusive).
-- A ticket without a duration in that basis (under calendar hours: a source that gives only a business-hours
-- duration) counts with its duration on the other basis, as in kpi()'s median (on_basis(), frt_basis), so the
-- buckets add up to frt_n.
WITH answered AS (
    SELECT on_basis($hours, frt_minutes, frt_business_minutes) AS frt
    FROM kpi_tickets
    WHERE first_response_counted_local >= CAST($from AS DATE)
      AND first_response_counted_local < CAST($to AS DATE) + 1
)
SELECT b.bucket, count(a.frt) AS tickets
FROM frt_buckets() b
LEFT JOIN answered a
       ON (b.lower_minutes IS NULL OR a.frt >= b.lower_minutes)
      AND (b.upper_minutes IS NULL OR a.frt < b.upper_minutes)
GROUP BY b.position, b.bucket
ORDER BY b.position;
