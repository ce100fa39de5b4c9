-- The sentiment of tickets and survey comments (docs/voc.md), the names and columns analysts and reports rely on.
-- The scores are computed by the program after each ingest (tables ticket_sentiments, comment_sentiments).

-- ticket_text(subject, description): the text of a ticket that is scored and whose words are counted: its subject and
-- description, one line break between them (either alone when the other is null; '' when both are).
CREATE OR REPLACE MACRO ticket_text(subject, description) AS concat_ws(chr(10), subject, description);

CREATE OR REPLACE VIEW ticket_sentiment AS
SELECT source, ticket_id, score, label, model FROM ticket_sentiments;
COMMENT ON VIEW ticket_sentiment IS 'Sentiment of each ticket''s text (its subject and description): score in (-1, 1), label negative, neutral or positive, and the model (docs/voc.md).';
COMMENT ON COLUMN ticket_sentiment.source IS 'The source the ticket came from.';
COMMENT ON COLUMN ticket_sentiment.ticket_id IS 'The ticket (with source, the key of tickets).';
COMMENT ON COLUMN ticket_sentiment.score IS 'Sentiment of the subject and description of the ticket, in (-1, 1): below 0 negative, above positive.';
COMMENT ON COLUMN ticket_sentiment.label IS 'negative (score <= -0.05), neutral or positive (score >= 0.05).';
COMMENT ON COLUMN ticket_sentiment.model IS 'The model that scored it: lexicon, or learnt:<model_id> (a learnt model of text_models, docs/voc.md).';

CREATE OR REPLACE VIEW comment_sentiment AS
SELECT source, response_id, score, label, model FROM comment_sentiments;
COMMENT ON VIEW comment_sentiment IS 'Sentiment of each survey comment: score in (-1, 1), label negative, neutral or positive, and the model (docs/voc.md).';
COMMENT ON COLUMN comment_sentiment.source IS 'The source the survey response came from.';
COMMENT ON COLUMN comment_sentiment.response_id IS 'The survey response (with source, the key of surveys).';
COMMENT ON COLUMN comment_sentiment.score IS 'Sentiment of the comment in (-1, 1): below 0 negative, above positive.';
COMMENT ON COLUMN comment_sentiment.label IS 'negative (score <= -0.05), neutral or positive (score >= 0.05).';
COMMENT ON COLUMN comment_sentiment.model IS 'The model that scored it: lexicon, or learnt:<model_id> (a learnt model of text_models, docs/voc.md).';

CREATE OR REPLACE VIEW ticket_terms AS
SELECT source, ticket_id, t.kind, t.term, t.written
FROM ticket_sentiments, unnest(terms) AS u(t);
COMMENT ON VIEW ticket_terms IS 'The words and two-word phrases of each ticket''s text (subject and description), one row per term of a ticket (docs/voc.md, "Words and phrases").';
COMMENT ON COLUMN ticket_terms.source IS 'The source the ticket came from.';
COMMENT ON COLUMN ticket_terms.ticket_id IS 'The ticket (with source, the key of tickets).';
COMMENT ON COLUMN ticket_terms.kind IS 'word, or phrase (two adjacent words of a clause, neither a stop word).';
COMMENT ON COLUMN ticket_terms.term IS 'The Snowball stem of the word (deliveri), or the stems of the phrase''s two words (long deliveri): count by this.';
COMMENT ON COLUMN ticket_terms.written IS 'The term as the text first writes it, lower-cased (deliveries, long delivery).';

CREATE OR REPLACE VIEW comment_terms AS
SELECT source, response_id, t.kind, t.term, t.written
FROM comment_sentiments, unnest(terms) AS u(t);
COMMENT ON VIEW comment_terms IS 'The words and two-word phrases of each survey comment, one row per term of a comment (docs/voc.md, "Words and phrases").';
COMMENT ON COLUMN comment_terms.source IS 'The source the survey response came from.';
COMMENT ON COLUMN comment_terms.response_id IS 'The survey response (with source, the key of surveys).';
COMMENT ON COLUMN comment_terms.kind IS 'word, or phrase (two adjacent words of a clause, neither a stop word).';
COMMENT ON COLUMN comment_terms.term IS 'The Snowball stem of the word, or the stems of the phrase''s two words: count by this.';
COMMENT ON COLUMN comment_terms.written IS 'The term as the comment first writes it, lower-cased.';
