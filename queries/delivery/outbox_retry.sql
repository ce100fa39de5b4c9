-- A transient error: back to pending, with the error and the time of the next attempt.
UPDATE outbox
SET status = 'pending', next_attempt_at = $next_attempt_at::TIMESTAMPTZ, last_error = $error
WHERE key = $key AND status = 'sending';
