-- One row per local day (reporting zone), source and category with tickets, up to local day $to: the tickets
-- created that day (created_local, the wall-clock time in the reporting zone). Tickets without a category count
-- under $no_category ('(no category)'); deleted tickets never count (kpi_tickets leaves them out).
-- The spike detector reads these rows once per run and derives from them the zero-filled daily counts per
-- category, where each category's history starts (the first day of each source, and of each source in each
-- category) and the first day of all: one scan of kpi_tickets instead of one per question.
SELECT CAST(created_local AS DATE) AS day, source, coalesce(category, $no_category) AS category, count(*) AS tickets
FROM kpi_tickets
WHERE CAST(created_local AS DATE) <= CAST($to AS DATE)
GROUP BY ALL
ORDER BY day, source, category;
