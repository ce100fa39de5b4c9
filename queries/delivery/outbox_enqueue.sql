-- A message enters the outbox once: a key that is already there (pending, sent or failed) is left as it is.
INSERT INTO outbox (key, kind, recipients, subject, message, status, attempts, next_attempt_at, last_error, created_at, sent_at)
VALUES ($key, $kind, string_split($recipients, chr(10)), $subject, $message, 'pending', 0, $now::TIMESTAMPTZ, NULL, $now::TIMESTAMPTZ, NULL)
ON CONFLICT (key) DO NOTHING;
