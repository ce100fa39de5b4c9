-- The scores just computed (temporary table scored_texts) replace the tickets' earlier ones.
INSERT OR REPLACE INTO ticket_sentiments (source, ticket_id, text_hash, score, label, language, model)
SELECT source, id, text_hash, score, label, language, model FROM scored_texts;
