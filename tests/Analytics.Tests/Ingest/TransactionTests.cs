using Analytics.Pipeline.Ingest;
using Analytics.Pipeline.Warehouse;
using Analytics.Tests.Support;
using CliRunner = Analytics.Tests.Support.Cli;

namespace Analytics.Tests.Ingest;

/// <summary>One file is one transaction: a process killed inside it leaves the warehouse as before.</summary>
public sealed class TransactionTests : IDisposable
{
    private readonly TempWarehouse _w = new();

    public void Dispose() => _w.Dispose();

    [Fact]
    public void A_process_killed_just_before_commit_leaves_the_warehouse_as_it_was()
    {
        _w.Ingest(Fixtures.Path("canonical/customers.csv"));
        var before = Counts();
        _w.Close();

        // The child dies abruptly (FailFast: no rollback, no cleanup) after writing every row of the file.
        var killed = CliRunner.Run(_w.Folder, new Dictionary<string, string> { [FaultInjection.Variable] = "kill-before-commit" },
            "ingest", Fixtures.Path("canonical/tickets.csv"), "--db", _w.DbPath, "--format", "json");
        Assert.NotEqual(0, killed.ExitCode);
        Assert.Contains("fault injected before commit", killed.Stderr, StringComparison.Ordinal);

        Assert.Equal(before, Counts()); // reopened after the crash: the file left no trace

        var result = _w.Ingest(Fixtures.Path("canonical/tickets.csv"));
        Assert.Equal((IngestStatus.Loaded, 4L), (result.Status, result.RowsLoaded)); // and it loads normally afterwards
    }

    [Fact]
    public void A_failure_in_the_stored_kpi_rows_rolls_the_file_back_says_what_failed_and_leaves_no_option_set()
    {
        _w.Ingest(Fixtures.Path("canonical/customers.csv"));
        var before = Counts();
        // The definition of the stored rows fails for this session (a temporary macro hides the stored one).
        _w.Db.Execute("CREATE OR REPLACE TEMP MACRO kpi_tickets_live(only_file := NULL, file_rows := NULL) AS TABLE SELECT * FROM kpi_tickets UNION ALL BY NAME SELECT error('the stored rows failed') AS ticket_id");

        var error = Assert.ThrowsAny<Exception>(() => _w.Ingest(Fixtures.Path("canonical/tickets.csv")));

        Assert.Contains("the stored rows failed", error.ToString(), StringComparison.Ordinal); // the cause, not "transaction aborted"
        Assert.Equal(before, Counts());
        // The optimizer option the update turns off for one statement holds for the whole database: it is back on.
        Assert.Equal("", _w.Scalar<string>("SELECT current_setting('disabled_optimizers')"));
    }

    private (long, long, long, long) Counts() =>
        (_w.Scalar<long>("SELECT count(*) FROM tickets"), _w.Scalar<long>("SELECT count(*) FROM customers"),
         _w.Scalar<long>("SELECT count(*) FROM quarantine"), _w.Scalar<long>("SELECT count(*) FROM ingest_log"));
}
