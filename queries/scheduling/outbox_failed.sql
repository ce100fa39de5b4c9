-- Messages the mail server refused for good, newest first (analytics status).
SELECT key, subject, attempts, last_error
FROM outbox
WHERE status = 'failed'
ORDER BY created_at DESC
LIMIT 20;
