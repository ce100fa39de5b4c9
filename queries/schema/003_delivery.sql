-- Delivery bookkeeping: every email is first a row of the outbox (keyed for idempotence), every scheduled
-- job run a row of job_runs.

CREATE TABLE outbox (
    key             VARCHAR PRIMARY KEY,
    kind            VARCHAR NOT NULL,
    recipients      VARCHAR[] NOT NULL,
    subject         VARCHAR NOT NULL,
    message         BLOB NOT NULL,
    status          VARCHAR NOT NULL,
    attempts        INTEGER NOT NULL,
    next_attempt_at TIMESTAMPTZ,
    last_error      VARCHAR,
    created_at      TIMESTAMPTZ NOT NULL,
    sent_at         TIMESTAMPTZ
);
COMMENT ON TABLE outbox IS 'One row per email to send (report or alert), written before it is sent; a key is sent at most once.';
COMMENT ON COLUMN outbox.key IS 'Idempotency key, e.g. weekly-report/2026-W46/ops@example.com: the same key is never sent twice.';
COMMENT ON COLUMN outbox.kind IS 'weekly-report, monthly-report, alert or alert-resolved.';
COMMENT ON COLUMN outbox.recipients IS 'Addresses the message goes to.';
COMMENT ON COLUMN outbox.subject IS 'Subject line (as in the message).';
COMMENT ON COLUMN outbox.message IS 'The whole RFC 5322 message (MIME), exactly as it is sent.';
COMMENT ON COLUMN outbox.status IS 'pending (to send or retry), sending (claimed by a sender), sent, or failed (a permanent error; see last_error).';
COMMENT ON COLUMN outbox.attempts IS 'Delivery attempts so far.';
COMMENT ON COLUMN outbox.next_attempt_at IS 'Earliest time of the next attempt (exponential backoff with jitter after a transient error).';
COMMENT ON COLUMN outbox.last_error IS 'The last delivery error, as the mail server or network reported it.';
COMMENT ON COLUMN outbox.created_at IS 'When the message was put in the outbox.';
COMMENT ON COLUMN outbox.sent_at IS 'When the message was handed to the mail server (or written as .eml).';

CREATE TABLE job_runs (
    job           VARCHAR NOT NULL,
    scheduled_for TIMESTAMPTZ,
    started_at    TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ,
    outcome       VARCHAR NOT NULL,
    message       VARCHAR
);
COMMENT ON TABLE job_runs IS 'One row per run of a scheduled job (analytics serve), including skipped and late catch-up runs.';
COMMENT ON COLUMN job_runs.job IS 'ingest, detect, weekly-report or monthly-report.';
COMMENT ON COLUMN job_runs.scheduled_for IS 'The schedule occurrence this run is for (null for a run by hand).';
COMMENT ON COLUMN job_runs.started_at IS 'When the run started.';
COMMENT ON COLUMN job_runs.finished_at IS 'When it finished (null while running or if the service stopped mid-run).';
COMMENT ON COLUMN job_runs.outcome IS 'running, succeeded, failed, late (a caught-up run that succeeded), skipped (a missed run too old to catch up) or abandoned.';
COMMENT ON COLUMN job_runs.message IS 'What the run did or why it failed, in one line.';
