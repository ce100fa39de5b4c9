namespace Analytics.Pipeline.Scheduling;

/// <summary>How a job's run ended; stored as text in <c>job_runs.outcome</c>.</summary>
public enum JobOutcome
{
    /// <summary>Recorded when a run starts, until it ends.</summary>
    Running,
    Succeeded,
    /// <summary>A report sent by catch-up after its time.</summary>
    Late,
    /// <summary>The message says why.</summary>
    Failed,
    /// <summary>The service stopped during the run, or a run was found still running at start.</summary>
    Abandoned,
    /// <summary>A report occurrence too old for catch-up, recorded as not sent.</summary>
    Skipped,
    /// <summary>The report occurrence already had a run that counts: nothing done (never recorded).</summary>
    Unchanged,
}
