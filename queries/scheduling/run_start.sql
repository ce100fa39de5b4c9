-- A job run begins: one row of job_runs, closed by run_finish.sql.
INSERT INTO job_runs (job, scheduled_for, started_at, finished_at, outcome, message)
VALUES ($job, $scheduled_for, $started_at, NULL, 'running', NULL);
