-- The scores and terms just computed (temporary table scored_texts) replace the tickets' earlier ones.
INSERT OR REPLACE INTO ticket_sentiments (source, ticket_id, text_hash, score, label, language, model, terms)
SELECT source, id, text_hash, score, label, language, model, term_lines(terms)
FROM scored_texts;

-- The stored KPI rows carry the label too (kpi_tickets.sentiment), so that the KPI table counts the negative share
-- without a join (docs/voc.md, "Negative share").
UPDATE kpi_tickets SET sentiment = s.label
FROM scored_texts s
WHERE kpi_tickets.source = s.source AND kpi_tickets.ticket_id = s.id;
