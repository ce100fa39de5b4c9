-- Sentiment of the texts customers write (docs/voc.md): one row per ticket (its subject) and per survey comment,
-- scored by the program after each ingest for the rows whose text is new or changed (text_hash), never in SQL.
-- Analysts read them through the views ticket_sentiment and comment_sentiment.

CREATE TABLE ticket_sentiments (
    source     VARCHAR NOT NULL,
    ticket_id  VARCHAR NOT NULL,
    text_hash  UBIGINT NOT NULL,
    score      DOUBLE NOT NULL,
    label      VARCHAR NOT NULL,
    language   VARCHAR,
    model      VARCHAR NOT NULL,
    PRIMARY KEY (source, ticket_id)
);
COMMENT ON TABLE ticket_sentiments IS 'Sentiment of each ticket''s text, kept by the ingest (docs/voc.md); read it through the view ticket_sentiment.';
COMMENT ON COLUMN ticket_sentiments.source IS 'The source the ticket came from.';
COMMENT ON COLUMN ticket_sentiments.ticket_id IS 'The ticket (with source, the key of tickets).';
COMMENT ON COLUMN ticket_sentiments.text_hash IS 'hash() of the text the score is of: a ticket whose text changes is scored again.';
COMMENT ON COLUMN ticket_sentiments.score IS 'Sentiment in (-1, 1): below 0 negative, above positive.';
COMMENT ON COLUMN ticket_sentiments.label IS 'negative (score <= -0.05), neutral or positive (score >= 0.05).';
COMMENT ON COLUMN ticket_sentiments.language IS 'english or russian, from the text''s script; NULL for a text in neither (scored neutral).';
COMMENT ON COLUMN ticket_sentiments.model IS 'The model that scored it: lexicon.';

CREATE TABLE comment_sentiments (
    source       VARCHAR NOT NULL,
    response_id  VARCHAR NOT NULL,
    text_hash    UBIGINT NOT NULL,
    score        DOUBLE NOT NULL,
    label        VARCHAR NOT NULL,
    language     VARCHAR,
    model        VARCHAR NOT NULL,
    PRIMARY KEY (source, response_id)
);
COMMENT ON TABLE comment_sentiments IS 'Sentiment of each survey comment, kept by the ingest (docs/voc.md); read it through the view comment_sentiment.';
COMMENT ON COLUMN comment_sentiments.source IS 'The source the survey response came from.';
COMMENT ON COLUMN comment_sentiments.response_id IS 'The survey response (with source, the key of surveys).';
COMMENT ON COLUMN comment_sentiments.text_hash IS 'hash() of the comment the score is of: a comment that changes is scored again.';
COMMENT ON COLUMN comment_sentiments.score IS 'Sentiment in (-1, 1): below 0 negative, above positive.';
COMMENT ON COLUMN comment_sentiments.label IS 'negative (score <= -0.05), neutral or positive (score >= 0.05).';
COMMENT ON COLUMN comment_sentiments.language IS 'english or russian, from the text''s script; NULL for a text in neither (scored neutral).';
COMMENT ON COLUMN comment_sentiments.model IS 'The model that scored it: lexicon.';
