-- The scores and terms just computed (temporary table scored_texts) replace the comments' earlier ones.
INSERT OR REPLACE INTO comment_sentiments (source, response_id, text_hash, score, label, language, model, terms)
SELECT source, id, text_hash, score, label, language, model, term_lines(terms)
FROM scored_texts;

-- The stored KPI rows carry the label too (kpi_surveys.sentiment), so that the KPI table counts the negative share
-- without a join (docs/voc.md, "Negative share").
UPDATE kpi_surveys SET sentiment = s.label
FROM scored_texts s
WHERE kpi_surveys.source = s.source AND kpi_surveys.response_id = s.id;
