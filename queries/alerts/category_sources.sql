-- One row per category and source feeding it, up to local day $to (reporting zone): the source's first local
-- day with any ticket that counts (when it joined the warehouse), and the first local day it had a ticket in
-- this category (from when it feeds the category). Tickets without a category count under '(no category)',
-- as in daily_category_counts.sql. The spike detector starts a category's history on the first day of the
-- latest source feeding it, as known on the day judged, so that a source joining is a new start, not a spike.
WITH tickets AS (
    SELECT CAST(created_local AS DATE) AS day, source, coalesce(category, '(no category)') AS category
    FROM kpi_tickets
    WHERE CAST(created_local AS DATE) <= CAST($to AS DATE)
),
sources AS (
    SELECT source, min(day) AS source_first_day FROM tickets GROUP BY ALL
)
SELECT t.category, t.source, s.source_first_day, min(t.day) AS first_in_category
FROM tickets t
JOIN sources s USING (source)
GROUP BY ALL
ORDER BY t.category, t.source;
