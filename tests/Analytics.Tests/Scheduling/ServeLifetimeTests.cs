using System.Diagnostics;
using Analytics.Tests.Support;

namespace Analytics.Tests.Scheduling;

public sealed class ServeLifetimeTests : IDisposable
{
    private readonly ServeFolder _serve = new();

    public void Dispose() => _serve.Dispose();

    [Fact]
    public async Task Serve_runs_jobs_on_schedule_and_stops_cleanly_on_sigterm()
    {
        _serve.WriteConfig("""
            { "Sources": [ { "Name": "helpdesk", "Inbox": "inbox", "Vendor": "canonical" } ],
              "Schedules": { "Ingest": { "Cron": "* * * * * ?" } } }
            """);
        _serve.DropInInbox("canonical/tickets.csv");
        using var serve = _serve.Start("--db", _serve.DbPath, "serve");
        var stdout = Lines.OfOutput(serve);
        var stderr = serve.StandardError.ReadToEndAsync();
        try
        {
            // The scheduler logs each run's outcome once the run is recorded (JobRunner: "{Job} {Outcome}: {Message}").
            await stdout.WaitForAsync(line => line.Contains("ingest Succeeded: helpdesk: 1 file(s) loaded", StringComparison.Ordinal), TimeSpan.FromMinutes(2));
            Assert.True(File.Exists(Path.Combine(_serve.Inbox, "processed", "tickets.csv")), "the scheduled ingest did not move the file it loaded");
        }
        finally
        {
            using var kill = Process.Start("kill", ["-TERM", serve.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
        }

        Assert.True(serve.WaitForExit(TimeSpan.FromMinutes(1)), "serve did not stop on SIGTERM");
        serve.WaitForExit(); // and its output is read to the end
        Assert.True(serve.ExitCode == 0, $"exit code {serve.ExitCode}: {await stderr}");
        Assert.Contains("Application is shutting down", stdout.Text, StringComparison.Ordinal);
        var runs = _serve.Runs();
        Assert.NotEmpty(runs);
        Assert.All(runs, r => Assert.True(r.Finished && r.Outcome != "running", $"{r.Job} {r.ScheduledFor} {r.Outcome}"));
        Assert.Contains(runs, r => r.Job == "ingest" && r.ScheduledFor is not null && r.Outcome == "succeeded");
    }
}
