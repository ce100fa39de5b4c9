-- Claims the oldest due message for one sender. A due message is pending with its next attempt reached, or
-- 'sending' whose claim has expired (its sender stopped mid-send). While claimed, next_attempt_at holds the
-- end of the claim, so no other sender takes it. The status test in the WHERE clause makes two concurrent
-- claims of one key exclusive: only one UPDATE changes the row (the other changes nothing or conflicts).
UPDATE outbox
SET status = 'sending', attempts = attempts + 1, next_attempt_at = $claim_until::TIMESTAMPTZ
WHERE key = (
        SELECT key FROM outbox
        WHERE status IN ('pending', 'sending') AND next_attempt_at <= $now::TIMESTAMPTZ
        ORDER BY next_attempt_at, created_at, key
        LIMIT 1)
  AND status IN ('pending', 'sending')
  AND next_attempt_at <= $now::TIMESTAMPTZ
RETURNING key, array_to_string(recipients, chr(10)) AS recipients, message, attempts;
