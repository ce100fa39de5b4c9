-- The scores and terms just computed (temporary tables scored_texts, scored_terms) replace the comments' earlier ones.
INSERT OR REPLACE INTO comment_sentiments (source, response_id, text_hash, score, label, language, model, terms)
SELECT s.source, s.id, s.text_hash, s.score, s.label, s.language, s.model, coalesce(t.terms, [])
FROM scored_texts s
-- each text's terms in their order: sorted by position within the list (an ordered aggregate, list(... ORDER BY),
-- keeps a sort per text and runs out of memory on a few thousand texts)
LEFT JOIN (SELECT source, id,
                  list_transform(list_sort(list({'position': position, 'kind': kind, 'term': term, 'written': written})),
                                 t -> {'kind': t.kind, 'term': t.term, 'written': t.written}) AS terms
           FROM scored_terms GROUP BY source, id) t USING (source, id);

-- The stored KPI rows carry the label too (kpi_surveys.sentiment), so that the KPI table counts the negative share
-- without a join (docs/voc.md, "Negative share").
UPDATE kpi_surveys SET sentiment = s.label
FROM scored_texts s
WHERE kpi_surveys.source = s.source AND kpi_surveys.response_id = s.id;
