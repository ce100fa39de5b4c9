-- Messages waiting for another attempt after an error (server down, or its setup refused), oldest first (analytics status).
SELECT key, subject, attempts, last_error
FROM outbox
WHERE status IN ('pending', 'sending') AND last_error IS NOT NULL
ORDER BY created_at
LIMIT 20;
