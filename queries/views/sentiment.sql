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
