-- One row per local day (reporting zone) and category with texts whose tone is known, up to local day $to: the texts
-- and the negative ones. This is the KPI's definition of negative_n and negative_pct (queries/views/kpi.sql; docs/voc.md,
-- "Negative share") by day: each ticket's text on the day it was created (created_local), each survey comment on the
-- day it was given (responded_local), in its ticket's category; a text not scored yet (sentiment NULL) and a response
-- without a comment are none; deleted tickets and responses about them never count (kpi_tickets and kpi_surveys leave
-- them out). Texts without a category count under $no_category ('(no category)'), as in the volume counts.
-- The negative-share check reads these rows once per run (docs/alerts.md, "Negative share").
SELECT day, category, count(*) AS texts, count(*) FILTER (WHERE sentiment = 'negative') AS negative
FROM (
    SELECT CAST(created_local AS DATE) AS day, coalesce(category, $no_category) AS category, sentiment
    FROM kpi_tickets
    WHERE sentiment IS NOT NULL AND CAST(created_local AS DATE) <= CAST($to AS DATE)
    UNION ALL
    SELECT CAST(responded_local AS DATE) AS day, coalesce(category, $no_category) AS category, sentiment
    FROM kpi_surveys
    WHERE sentiment IS NOT NULL AND CAST(responded_local AS DATE) <= CAST($to AS DATE)
)
GROUP BY ALL
ORDER BY day, category;
