-- The scores and terms just computed (temporary table scored_texts) replace the tickets' earlier ones.
INSERT OR REPLACE INTO ticket_sentiments (source, ticket_id, text_hash, score, label, language, model, terms)
SELECT source, id, text_hash, score, label, language, model,
       -- the lines of scored_texts.terms as the list of terms, in order
       list_transform(list_filter(string_split(terms, chr(10)), line -> line <> ''),
                      line -> {'kind': split_part(line, chr(9), 1), 'term': split_part(line, chr(9), 2),
                               'written': split_part(line, chr(9), 3)})
FROM scored_texts;

-- The stored KPI rows carry the label too (kpi_tickets.sentiment), so that the KPI table counts the negative share
-- without a join (docs/voc.md, "Negative share").
UPDATE kpi_tickets SET sentiment = s.label
FROM scored_texts s
WHERE kpi_tickets.source = s.source AND kpi_tickets.ticket_id = s.id;
