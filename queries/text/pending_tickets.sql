-- Tickets whose text has no sentiment yet, has changed since it was scored, was scored by another model than the
-- one in use, or has no terms stored yet (docs/voc.md): the ticket's text is ticket_text() (queries/views/sentiment.sql),
-- its subject and description, so that a changed description is scored again. A ticket without a description hashes
-- as its subject alone did.
WITH texts AS (
    SELECT source, ticket_id, ticket_text(subject, description) AS text FROM tickets
)
SELECT t.source, t.ticket_id AS id, t.text, hash(t.text) AS text_hash
FROM texts t
LEFT JOIN ticket_sentiments s USING (source, ticket_id)
WHERE s.ticket_id IS NULL OR s.text_hash <> hash(t.text)
   OR s.model <> $model -- scored by another model than the one in use (docs/voc.md, "Learnt model")
   OR s.terms IS NULL   -- scored before its terms were stored (queries/schema/012_text_terms.sql)
LIMIT $limit;
