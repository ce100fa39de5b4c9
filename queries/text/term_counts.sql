-- The words and phrases counted over a period and its baseline (docs/voc.md, "Words and phrases"), from the terms
-- stored with each text (ticket_sentiments.terms, comment_sentiments.terms): one row per term, and one row with a
-- NULL kind that counts the documents.
--
-- The documents: when $tickets, the tickets created (local date in the reporting zone) in the period
-- $period_from..$period_to or in the baseline $baseline_from..$baseline_to (both inclusive), their tags as terms too
-- when $tags; when $comments, the survey comments (scored, so not blank) answered in them. Of category $category
-- (NULL: any; $no_category names the texts without one; a comment has its ticket's), whose sentiment label is
-- $sentiment (NULL: any). Deleted tickets never count (kpi_tickets, kpi_surveys).
--
--   kind, term  the term (word, phrase or tag) and its key: stems, or the tag lower-cased
--   written     how most documents write it (their first way of writing it; the smaller text of equally many)
--   period      documents of the period that have it (a document counts once however often it repeats it)
--   baseline    documents of the baseline that have it
--   example     the latest document of the period that has it (by time, then source and id), as stored
WITH documents AS NOT MATERIALIZED (
    -- not kept between its two readers: only the first reads the terms (the count of documents at the end reads none)
    SELECT k.created_local >= CAST($period_from AS DATE) AND k.created_local < CAST($period_to AS DATE) + 1 AS in_period,
           {'at': k.created_at, 'source': k.source, 'id': k.ticket_id, 'comment': false} AS document,
           CASE WHEN $tags
                THEN list_concat(coalesce(s.terms, []), list_distinct(list_transform(
                         list_filter(t.tags, tag -> trim(tag) <> ''),
                         tag -> {'kind': 'tag', 'term': lower(trim(tag)), 'written': lower(trim(tag))})))
                ELSE coalesce(s.terms, [])
           END AS terms
    FROM kpi_tickets k
    LEFT JOIN ticket_sentiments s ON s.source = k.source AND s.ticket_id = k.ticket_id
    LEFT JOIN tickets t ON $tags AND t.source = k.source AND t.ticket_id = k.ticket_id
    WHERE $tickets
      AND (k.created_local >= CAST($period_from AS DATE) AND k.created_local < CAST($period_to AS DATE) + 1
           OR k.created_local >= CAST($baseline_from AS DATE) AND k.created_local < CAST($baseline_to AS DATE) + 1)
      AND ($category IS NULL OR coalesce(k.category, $no_category) = $category)
      AND ($sentiment IS NULL OR s.label = $sentiment)
    UNION ALL
    SELECT q.responded_local >= CAST($period_from AS DATE) AND q.responded_local < CAST($period_to AS DATE) + 1,
           {'at': q.responded_at, 'source': q.source, 'id': q.response_id, 'comment': true},
           coalesce(s.terms, [])
    FROM kpi_surveys q
    JOIN comment_sentiments s ON s.source = q.source AND s.response_id = q.response_id
    WHERE $comments
      AND (q.responded_local >= CAST($period_from AS DATE) AND q.responded_local < CAST($period_to AS DATE) + 1
           OR q.responded_local >= CAST($baseline_from AS DATE) AND q.responded_local < CAST($baseline_to AS DATE) + 1)
      AND ($category IS NULL OR coalesce(q.category, $no_category) = $category)
      AND ($sentiment IS NULL OR s.label = $sentiment)
),
forms AS (
    SELECT term.kind, term.term, term.written, count(*) AS n,
           count(*) FILTER (WHERE in_period) AS period, count(*) FILTER (WHERE NOT in_period) AS baseline,
           max(document) FILTER (WHERE in_period) AS latest
    FROM documents, unnest(terms) AS u(term)
    GROUP BY ALL
),
terms AS (
    -- how most documents write it: the smallest of the forms with the most documents (not an ordered aggregate, which
    -- keeps a sort per term)
    SELECT kind, term, min(written) FILTER (WHERE n = most) AS written, sum(period)::INTEGER AS period,
           sum(baseline)::INTEGER AS baseline, max(latest) AS latest
    FROM (SELECT *, max(n) OVER (PARTITION BY kind, term) AS most FROM forms)
    GROUP BY kind, term
),
examples AS (
    -- The latest document's key split by what it is, so that each is found by an equality join.
    SELECT *, CASE WHEN NOT latest.comment THEN latest.source END AS ticket_source,
              CASE WHEN latest.comment THEN latest.source END AS comment_source
    FROM terms
)
SELECT e.kind, e.term, e.written, e.period, e.baseline,
       CASE WHEN e.latest.comment THEN r.comment ELSE ticket_text(t.subject, t.description) END AS example
FROM examples e
LEFT JOIN tickets t ON $tickets AND t.source = e.ticket_source AND t.ticket_id = e.latest.id
LEFT JOIN surveys r ON $comments AND r.source = e.comment_source AND r.response_id = e.latest.id
UNION ALL
SELECT NULL, NULL, NULL, count(*) FILTER (WHERE in_period)::INTEGER, count(*) FILTER (WHERE NOT in_period)::INTEGER, NULL
FROM documents;
