-- The scores just computed (temporary table scored_texts) replace the comments' earlier ones.
INSERT OR REPLACE INTO comment_sentiments (source, response_id, text_hash, score, label, language, model)
SELECT source, id, text_hash, score, label, language, model FROM scored_texts;
