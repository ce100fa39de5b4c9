-- Survey responses with a comment that has no sentiment (or terms) yet or has changed since it was scored (docs/voc.md).
SELECT r.source, r.response_id AS id, r.comment AS text, hash(r.comment) AS text_hash
FROM surveys r
LEFT JOIN comment_sentiments s USING (source, response_id)
WHERE r.comment IS NOT NULL AND trim(r.comment) <> ''
  AND (s.response_id IS NULL OR s.text_hash <> hash(r.comment)
       OR s.model <> $model -- or scored by another model than the one in use (docs/voc.md, "Learnt model")
       OR s.terms IS NULL)  -- or scored before its terms were stored (queries/schema/012_text_terms.sql)
LIMIT $limit;
