-- A permanent error (5xx, bad address, or attempts used up): no more attempts; the row keeps the error.
UPDATE outbox
SET status = 'failed', next_attempt_at = NULL, last_error = $error
WHERE key = $key AND status = 'sending';
