using System.Text.Json;
using Analytics.Pipeline.Scheduling;
using Analytics.Pipeline.Warehouse;

namespace Analytics.Tests.Scheduling;

public sealed class InboxAndStatusTests : IDisposable
{
    private readonly ServeFolder _serve = new();

    public void Dispose() => _serve.Dispose();

    [Fact]
    public async Task The_ingest_job_moves_loaded_files_to_processed_and_bad_ones_to_failed_with_the_reason()
    {
        _serve.DropInInbox("canonical/tickets.csv");
        Directory.CreateDirectory(_serve.Inbox);
        File.WriteAllText(Path.Combine(_serve.Inbox, "broken.csv"), "this,is\nnot,an export\n");

        var run = await _serve.Runner().RunAsync(Job.Ingest, null, late: false, CancellationToken.None);

        Assert.Equal(JobOutcome.Succeeded, run.Outcome);
        Assert.Contains("1 file(s) loaded, 1 failed", run.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_serve.Inbox));
        Assert.True(File.Exists(Path.Combine(_serve.Inbox, "processed", "tickets.csv")));
        Assert.True(File.Exists(Path.Combine(_serve.Inbox, "failed", "broken.csv")));
        var error = File.ReadAllText(Path.Combine(_serve.Inbox, "failed", "broken.csv.error.txt"));
        Assert.Contains("broken.csv was not loaded into source 'helpdesk'", error, StringComparison.Ordinal);
        Assert.Contains("header", error, StringComparison.OrdinalIgnoreCase);
        using var db = WarehouseDb.OpenReadOnly(_serve.DbPath, _serve.Settings);
        Assert.InRange(db.Scalar<long>("SELECT count(*) FROM tickets WHERE source = 'helpdesk'"), 1, long.MaxValue);
        Assert.Equal(("ingest", "succeeded", true), Assert.Single(_serve.Runs()) is var r ? (r.Job, r.Outcome, r.Finished) : default);
    }

    [Fact]
    public void Status_as_json_shows_freshness_runs_next_fires_outbox_and_alerts()
    {
        _serve.WriteConfig("""
            { "Reporting": { "TimeZone": "Europe/Berlin" },
              "Sources": [ { "Name": "helpdesk", "Inbox": "inbox", "Vendor": "canonical" } ] }
            """);
        _serve.DropInInbox("canonical/tickets.csv");
        Assert.Equal(0, Support.Cli.Run(_serve.Folder, "serve", "--once").ExitCode);
        // A message the mail server refused for good, as the outbox records it.
        using (var db = WarehouseDb.OpenForWrite(_serve.DbPath, _serve.Settings))
        {
            db.Execute("""
                INSERT INTO outbox VALUES ('weekly-report/2026-W47/ops@example.com', 'weekly-report', ['ops@example.com'], 'Weekly report',
                    'x'::BLOB, 'failed', 3, NULL, '550 5.1.1 mailbox unavailable', now(), NULL)
                """);
            // And one waiting for its next attempt because the server's login refused it.
            db.Execute("""
                INSERT INTO outbox VALUES ('weekly-report/2026-W47/head@example.com', 'weekly-report', ['head@example.com'], 'Weekly report',
                    'x'::BLOB, 'pending', 1, now() + INTERVAL 1 MINUTE, 'mail server setup: 535 authentication failed', now(), NULL)
                """);
        }

        var result = Support.Cli.Run(_serve.Folder, "status", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        var source = Assert.Single(root.GetProperty("sources").EnumerateArray());
        Assert.Equal("helpdesk", source.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.String, source.GetProperty("latest_created_at").ValueKind);
        var jobs = root.GetProperty("jobs").EnumerateArray().ToDictionary(j => j.GetProperty("job").GetString()!);
        Assert.Equal(["ingest", "detect", "weekly-report", "monthly-report"], jobs.Keys);
        Assert.Equal("succeeded", jobs["ingest"].GetProperty("last_outcome").GetString());
        Assert.All(jobs.Values, j => Assert.True(j.GetProperty("next_run").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-1)));
        Assert.Equal(JsonValueKind.Null, jobs["detect"].GetProperty("last_outcome").ValueKind);
        var outbox = root.GetProperty("outbox");
        Assert.Equal((1, 1), (outbox.GetProperty("pending").GetInt64(), outbox.GetProperty("failed").GetInt64()));
        var waiting = Assert.Single(outbox.GetProperty("retrying_messages").EnumerateArray());
        Assert.Equal(("weekly-report/2026-W47/head@example.com", "mail server setup: 535 authentication failed"),
            (waiting.GetProperty("key").GetString(), waiting.GetProperty("last_error").GetString()));
        Assert.Equal("550 5.1.1 mailbox unavailable", Assert.Single(outbox.GetProperty("failed_messages").EnumerateArray()).GetProperty("last_error").GetString());
        // No day judged yet (the detect job has not run): no alert state, nothing firing, no silence.
        var alerts = root.GetProperty("alerts");
        Assert.Equal(JsonValueKind.Null, alerts.GetProperty("judged_through").ValueKind);
        Assert.Equal(0, alerts.GetProperty("firing").GetArrayLength());
        Assert.Equal(0, alerts.GetProperty("silences").GetArrayLength());
    }
}
