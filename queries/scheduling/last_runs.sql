-- The latest run of each job (analytics status).
SELECT job, scheduled_for, started_at, finished_at, outcome, message
FROM job_runs
QUALIFY row_number() OVER (PARTITION BY job ORDER BY started_at DESC) = 1
ORDER BY job;
