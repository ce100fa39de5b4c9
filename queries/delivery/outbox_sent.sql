-- The server accepted the message (or it was written as .eml): it is never sent again.
UPDATE outbox
SET status = 'sent', sent_at = $now::TIMESTAMPTZ, next_attempt_at = NULL, last_error = NULL
WHERE key = $key AND status = 'sending';
