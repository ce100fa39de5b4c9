-- Tickets whose text has no sentiment yet or has changed since it was scored (docs/voc.md): the ticket's subject and
-- description, one line break between them (either alone when the other is null), so that a changed description
-- is scored again. A ticket without a description hashes as its subject alone did.
WITH texts AS (
    SELECT source, ticket_id, concat_ws(chr(10), subject, description) AS text FROM tickets
)
SELECT t.source, t.ticket_id AS id, t.text, hash(t.text) AS text_hash
FROM texts t
LEFT JOIN ticket_sentiments s USING (source, ticket_id)
WHERE s.ticket_id IS NULL OR s.text_hash <> hash(t.text)
LIMIT $limit;
