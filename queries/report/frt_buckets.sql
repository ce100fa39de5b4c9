-- One row per first-response duration bucket (<1 h, 1-4 h, 4-8 h, 8-24 h, >24 h): tickets whose first response counts on the local dates $from..$to (attributed as kpi() does, by first_response_counted_local), in the $hours basis.
-- A bucket holds durations from its lower edge (inclusive) to its upper edge (exclusive): exactly 60 minutes is 1-4 h.
-- A ticket without a duration in that basis (under calendar hours: a source that gives only a business-hours
-- duration) counts with its duration on the other basis, as in kpi()'s median (on_basis(), frt_basis), so the
-- buckets add up to frt_n.
WITH answered AS (
    SELECT on_basis($hours, frt_minutes, frt_business_minutes) AS frt
    FROM kpi_tickets
    WHERE first_response_counted_local >= CAST($from AS DATE)
      AND first_response_counted_local < CAST($to AS DATE) + 1
),
buckets(position, bucket, lower_minutes, upper_minutes) AS (
    VALUES (1, '<1 h', NULL, 60), (2, '1-4 h', 60, 240), (3, '4-8 h', 240, 480), (4, '8-24 h', 480, 1440), (5, '>24 h', 1440, NULL)
)
SELECT b.bucket, count(a.frt) AS tickets
FROM buckets b
LEFT JOIN answered a
       ON (b.lower_minutes IS NULL OR a.frt >= b.lower_minutes)
      AND (b.upper_minutes IS NULL OR a.frt < b.upper_minutes)
GROUP BY b.position, b.bucket
ORDER BY b.position;
