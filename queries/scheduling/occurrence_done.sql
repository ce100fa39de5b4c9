-- Whether an occurrence of a job already has a run that counts: succeeded, late, skipped or still running.
-- Failed and abandoned runs do not count, so catch-up may try the occurrence again.
SELECT count(*)
FROM job_runs
WHERE job = $job AND scheduled_for = $scheduled_for
  AND outcome IN ('running', 'succeeded', 'late', 'skipped');
