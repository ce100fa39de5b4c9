-- A job run ends: its outcome (succeeded, late, failed or abandoned) and a one-line message.
UPDATE job_runs
SET finished_at = now(), outcome = $outcome, message = $message
WHERE job = $job AND started_at = $started_at AND outcome = 'running';
