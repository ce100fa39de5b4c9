-- What customers write, beside the subject and tags (docs/voc.md, "Text in the warehouse"): a ticket's description
-- (the customer's first message) and the body of a comment event. Both are loaded as written, untrusted text; a
-- source or file without them leaves them null.

ALTER TABLE tickets ADD COLUMN description VARCHAR;
COMMENT ON COLUMN tickets.description IS 'The customer''s first message, as written (untrusted text: any characters, line breaks, any length); null when the source does not give it.';

ALTER TABLE ticket_events ADD COLUMN body VARCHAR;
COMMENT ON COLUMN ticket_events.body IS 'For comment events: the text of the comment, as written (untrusted text); null when the source does not give it.';

-- A ticket's sentiment is now of its subject and description (queries/text/pending_tickets.sql).
COMMENT ON TABLE ticket_sentiments IS 'Sentiment of each ticket''s text, its subject and description, kept by the ingest (docs/voc.md); read it through the view ticket_sentiment.';
COMMENT ON COLUMN ticket_sentiments.text_hash IS 'hash() of the text the score is of (subject, a line break, description): a ticket whose subject or description changes is scored again.';
