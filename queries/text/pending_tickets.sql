-- Tickets whose text has no sentiment yet or has changed since it was scored (docs/voc.md): the ticket's subject.
SELECT t.source, t.ticket_id AS id, t.subject AS text, hash(coalesce(t.subject, '')) AS text_hash
FROM tickets t
LEFT JOIN ticket_sentiments s USING (source, ticket_id)
WHERE s.ticket_id IS NULL OR s.text_hash <> hash(coalesce(t.subject, ''))
   OR s.model <> $model -- scored by another model than the one in use (docs/voc.md, "Learnt model")
LIMIT $limit;
