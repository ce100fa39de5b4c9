-- The words and phrases of each text (docs/voc.md, "Words and phrases"), worked out once when the text is scored, so
-- that a report or a count over a period adds up stored terms instead of reading every text again. NULL until the
-- text is scored after this migration: a NULL makes the row pending (queries/text/pending_*.sql).

ALTER TABLE ticket_sentiments ADD COLUMN terms STRUCT(kind VARCHAR, term VARCHAR, written VARCHAR)[];
ALTER TABLE comment_sentiments ADD COLUMN terms STRUCT(kind VARCHAR, term VARCHAR, written VARCHAR)[];

COMMENT ON TABLE ticket_sentiments IS 'Sentiment and terms of each ticket''s text, kept by the ingest (docs/voc.md); read them through the views ticket_sentiment and ticket_terms.';
COMMENT ON TABLE comment_sentiments IS 'Sentiment and terms of each survey comment, kept by the ingest (docs/voc.md); read them through the views comment_sentiment and comment_terms.';
COMMENT ON COLUMN ticket_sentiments.terms IS 'The text''s words and two-word phrases, each once in the order it first appears: kind (word or phrase), term (the Snowball stems: deliveri, long deliveri) and written (as the text first writes it). Empty for a text in neither language.';
COMMENT ON COLUMN comment_sentiments.terms IS 'The comment''s words and two-word phrases, each once in the order it first appears: kind (word or phrase), term (the Snowball stems) and written (as the comment first writes it). Empty for a text in neither language.';
