-- The state of some outbox keys, as the CLI reports them after a delivery pass.
SELECT key, status, attempts, next_attempt_at, last_error
FROM outbox
WHERE list_contains(string_split($keys, chr(10)), key)
ORDER BY key;
