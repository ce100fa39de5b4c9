-- The outbox by status, with the last error of failed messages (analytics status).
SELECT
    count(*) FILTER (WHERE status IN ('pending', 'sending')) AS pending,
    count(*) FILTER (WHERE status = 'failed') AS failed,
    count(*) FILTER (WHERE status = 'sent') AS sent
FROM outbox;
