-- The survey comments whose words and phrases are counted (docs/voc.md, "Words and phrases"), oldest first: those
-- answered (local date in the reporting zone) in the period $period_from..$period_to or in the baseline
-- $baseline_from..$baseline_to (both inclusive), about a ticket of category $category (NULL: any; $no_category names
-- the responses without one), whose sentiment label is $sentiment (NULL: any). Responses about a deleted ticket never
-- count (kpi_surveys); blank comments are no text.
--
--   text       the comment
--   in_period  answered in the period, else in the baseline
SELECT r.comment AS text,
       CAST(q.responded_local AS DATE) BETWEEN CAST($period_from AS DATE) AND CAST($period_to AS DATE) AS in_period
FROM kpi_surveys q
JOIN surveys r ON r.source = q.source AND r.response_id = q.response_id
LEFT JOIN comment_sentiment s ON s.source = q.source AND s.response_id = q.response_id
WHERE r.comment IS NOT NULL AND trim(r.comment) <> ''
  AND (CAST(q.responded_local AS DATE) BETWEEN CAST($period_from AS DATE) AND CAST($period_to AS DATE)
       OR CAST(q.responded_local AS DATE) BETWEEN CAST($baseline_from AS DATE) AND CAST($baseline_to AS DATE))
  AND ($category IS NULL OR coalesce(q.category, $no_category) = $category)
  AND ($sentiment IS NULL OR s.label = $sentiment)
ORDER BY q.responded_at, q.source, q.response_id;
