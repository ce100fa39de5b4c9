-- The scores and terms just computed (temporary table scored_texts) replace the comments' earlier ones.
INSERT OR REPLACE INTO comment_sentiments (source, response_id, text_hash, score, label, language, model, terms)
SELECT source, id, text_hash, score, label, language, model,
       -- the lines of scored_texts.terms as the list of terms, in order
       list_transform(list_filter(string_split(terms, chr(10)), line -> line <> ''),
                      line -> {'kind': split_part(line, chr(9), 1), 'term': split_part(line, chr(9), 2),
                               'written': split_part(line, chr(9), 3)})
FROM scored_texts;

-- The stored KPI rows carry the label too (kpi_surveys.sentiment), so that the KPI table counts the negative share
-- without a join (docs/voc.md, "Negative share").
UPDATE kpi_surveys SET sentiment = s.label
FROM scored_texts s
WHERE kpi_surveys.source = s.source AND kpi_surveys.response_id = s.id;
