namespace Analytics.Pipeline.Ingest;

/// <summary>
/// A crash point for the test of the one-transaction-per-file guarantee: with
/// <c>ANALYTICS_FAULT=kill-before-commit</c> the process dies abruptly (no cleanup, no rollback) after a
/// file's rows are written and just before its transaction commits. Unset in normal use.
/// </summary>
public static class FaultInjection
{
    public const string Variable = "ANALYTICS_FAULT";

    public static void BeforeCommit()
    {
        if (Environment.GetEnvironmentVariable(Variable) == "kill-before-commit")
        {
            Environment.FailFast("fault injected before commit (" + Variable + ")");
        }
    }
}
