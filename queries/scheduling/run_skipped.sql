-- A missed occurrence too old to catch up: recorded, not run.
INSERT INTO job_runs (job, scheduled_for, started_at, finished_at, outcome, message)
VALUES ($job, $scheduled_for, now(), now(), 'skipped', $message);
