-- The tickets whose words and phrases are counted (docs/voc.md, "Words and phrases"), oldest first: those created
-- (local date in the reporting zone) in the period $period_from..$period_to or in the baseline
-- $baseline_from..$baseline_to (both inclusive), of category $category (NULL: any; $no_category names the tickets
-- without one), whose sentiment label is $sentiment (NULL: any). Deleted tickets never count (kpi_tickets).
--
--   text       the ticket's text: ticket_text() of its subject and description (queries/views/sentiment.sql)
--   tags       its tags (the alert email counts them as terms)
--   in_period  created in the period, else in the baseline
SELECT ticket_text(t.subject, t.description) AS text,
       t.tags,
       CAST(k.created_local AS DATE) BETWEEN CAST($period_from AS DATE) AND CAST($period_to AS DATE) AS in_period
FROM kpi_tickets k
JOIN tickets t ON t.source = k.source AND t.ticket_id = k.ticket_id
LEFT JOIN ticket_sentiment s ON s.source = k.source AND s.ticket_id = k.ticket_id
WHERE (CAST(k.created_local AS DATE) BETWEEN CAST($period_from AS DATE) AND CAST($period_to AS DATE)
       OR CAST(k.created_local AS DATE) BETWEEN CAST($baseline_from AS DATE) AND CAST($baseline_to AS DATE))
  AND ($category IS NULL OR coalesce(k.category, $no_category) = $category)
  AND ($sentiment IS NULL OR s.label = $sentiment)
ORDER BY k.created_at, k.source, k.ticket_id;
