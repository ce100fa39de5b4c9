using System.Diagnostics;
using System.Globalization;
using Analytics.Pipeline.Scheduling;
using Analytics.Pipeline.Warehouse;

namespace Analytics.Tests.Scheduling;

/// <summary>
/// An analyst's session and the scheduler on one warehouse (README, "The scheduler and analysts on one warehouse": neither fails because of the other).
/// The analyst is a real second process, as DuckDB's locks are per process.
/// </summary>
public sealed class ConcurrencyTests : IDisposable
{
    private readonly ServeFolder _serve = new();

    public void Dispose() => _serve.Dispose();

    private static readonly DateTimeOffset WeeklyOccurrence = DateTimeOffset.Parse("2026-11-23T07:00:00Z", CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_analysts_query_succeeds_while_a_job_holds_the_warehouse_for_writing()
    {
        _serve.DropInInbox("canonical/tickets.csv");
        var runner = _serve.Runner(new RecordingDelivery());
        Assert.Equal(JobOutcome.Succeeded, (await runner.RunAsync(Job.Ingest, null, false, CancellationToken.None)).Outcome);

        // The weekly report job is held inside its run, with the warehouse open for writing.
        using var hold = new ManualResetEventSlim();
        var held = new RecordingDelivery { Hold = hold };
        var job = Task.Run(() => _serve.Runner(held).RunAsync(Job.WeeklyReport, WeeklyOccurrence, false, CancellationToken.None));
        Assert.True(held.Entered.Wait(TimeSpan.FromMinutes(2)), "the report job did not reach delivery");
        try
        {
            var query = Support.Cli.Run(_serve.Folder, "--db", _serve.DbPath, "sql", "SELECT count(*) AS n FROM tickets", "--format", "csv");

            Assert.Equal(0, query.ExitCode);
            Assert.True(long.Parse(query.Stdout.Split('\n')[1].Trim(), CultureInfo.InvariantCulture) > 0, query.Stdout);
        }
        finally
        {
            hold.Set();
        }
        Assert.Equal(JobOutcome.Succeeded, (await job).Outcome);
    }

    [Fact]
    public async Task A_job_runs_while_an_analyst_keeps_a_session_open_and_the_session_keeps_working()
    {
        var runner = _serve.Runner();
        Assert.Equal(JobOutcome.Succeeded, (await runner.RunAsync(Job.Ingest, null, false, CancellationToken.None)).Outcome);
        using var session = _serve.Start("--db", _serve.DbPath, "sql", "--format", "csv");
        try
        {
            await session.StandardInput.WriteLineAsync("SELECT 'first' AS tag, count(*) AS n FROM job_runs;");
            await session.StandardInput.FlushAsync();
            Assert.StartsWith("first", await ReadLineWith(session, "first"), StringComparison.Ordinal);

            _serve.DropInInbox("canonical/tickets.csv");
            var run = await runner.RunAsync(Job.Ingest, null, false, new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
            Assert.Equal(JobOutcome.Succeeded, run.Outcome);
            Assert.Contains("1 file(s) loaded", run.Message, StringComparison.Ordinal);

            // The open session still answers, from the copy it opened.
            await session.StandardInput.WriteLineAsync("SELECT 'second' AS tag, count(*) AS n FROM job_runs;");
            await session.StandardInput.FlushAsync();
            Assert.StartsWith("second", await ReadLineWith(session, "second"), StringComparison.Ordinal);
        }
        finally
        {
            session.StandardInput.Close();
        }
        Assert.True(session.WaitForExit(TimeSpan.FromMinutes(1)));
        Assert.Equal(0, session.ExitCode);
    }

    [Fact]
    public async Task A_job_waits_for_a_session_holding_the_warehouse_itself_instead_of_failing()
    {
        // A warehouse written by hand (no published copy): the analyst's session opens the file itself.
        using (WarehouseDb.OpenForWrite(_serve.DbPath, _serve.Settings))
        {
        }
        using var session = _serve.Start("--db", _serve.DbPath, "sql", "--format", "csv");
        await session.StandardInput.WriteLineAsync("SELECT 'open' AS tag;");
        await session.StandardInput.FlushAsync();
        await ReadLineWith(session, "open");

        var log = new RecordingLogger<JobRunner>();
        var run = Task.Run(() => _serve.Runner(logger: log).RunAsync(Job.Detect, null, false, CancellationToken.None));
        // The runner warns each time it finds the file locked and waits (WarehouseAccess.OpenForWriteWaitingAsync).
        await log.Messages.WaitForAsync(m => m.Contains("the warehouse is locked by another process", StringComparison.Ordinal), TimeSpan.FromMinutes(1));
        Assert.False(run.IsCompleted, "the job should wait while the session holds the file");
        session.StandardInput.Close();
        Assert.True(session.WaitForExit(TimeSpan.FromMinutes(1)));

        var result = await run.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(JobOutcome.Succeeded, result.Outcome);
        Assert.Equal(("detect", "succeeded"), Assert.Single(_serve.Runs()) is var r ? (r.Job, r.Outcome) : default);
    }

    private static async Task<string> ReadLineWith(Process process, string marker)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Contains(marker, StringComparison.Ordinal))
            {
                return line;
            }
        }
        throw new InvalidOperationException($"the session ended before printing '{marker}': {await process.StandardError.ReadToEndAsync(timeout.Token)}");
    }
}
