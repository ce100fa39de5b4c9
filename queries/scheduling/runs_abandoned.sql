-- At start: runs still 'running' belong to a process that stopped mid-run.
UPDATE job_runs
SET outcome = 'abandoned', message = coalesce(message, 'the service stopped during this run')
WHERE outcome = 'running';
