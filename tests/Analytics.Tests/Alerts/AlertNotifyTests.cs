using System.Text.Json;
using System.Text.Json.Nodes;
using Analytics.Tests.Delivery;
using Analytics.Tests.Support;
using CliRunner = Analytics.Tests.Support.Cli;

namespace Analytics.Tests.Alerts;

/// <summary>
/// `analytics alerts detect --notify`, `alerts list`, `alerts silence` and `status` end to end: the real
/// executable on a warehouse of synthetic tickets (<see cref="SpikeWarehouse"/>), alert emails through a real SMTP
/// server.
/// </summary>
public sealed class AlertNotifyTests : IDisposable
{
    private readonly TempWarehouse _w = new();

    public AlertNotifyTests()
    {
        _w.Ingest(_w.Write("tickets.csv", SpikeWarehouse.Csv()));
        Assert.Equal(0L, _w.Scalar<long>("SELECT count(*) FROM quarantine"));
        // 61 days × 3 categories × 10, plus 30 more Payments and 2 × 20 more Login.
        Assert.Equal(1900L, _w.Scalar<long>("SELECT count(*) FROM tickets"));
        _w.Close();
    }

    public void Dispose() => _w.Dispose();

    private string Config(string name, JsonObject config)
    {
        // The data's times are UTC; saying so keeps the warning about an unknown reporting zone out of stderr.
        config["Reporting"] ??= new JsonObject { ["TimeZone"] = "UTC" };
        var path = Path.Combine(_w.Folder, name);
        File.WriteAllText(path, config.ToJsonString());
        return path;
    }

    private CliRunner.Result Run(string config, params string[] args) =>
        CliRunner.Run(_w.Folder, [.. args, "--db", _w.DbPath, "--config", config]);

    private static JsonObject Smtp(AiosmtpdServer server) => new()
    {
        ["Smtp"] = new JsonObject { ["Host"] = "127.0.0.1", ["Port"] = server.Port, ["Security"] = "None", ["From"] = "Support Analytics <alerts@example.com>" },
        ["Recipients"] = new JsonObject { ["Alerts"] = new JsonArray("oncall@example.com") },
    };

    [Fact]
    public void EndToEnd_firing_and_resolved_emails_arrive_once_grouped_per_day_and_a_rerun_sends_nothing()
    {
        using var server = new AiosmtpdServer(Path.Combine(_w.Folder, "maildir"));
        var config = Config("smtp.json", Smtp(server));

        // The mornings up to 10-28 (judging 10-20..10-27): only 10-27 has spikes, Login and Payments together.
        var first = Run(config, "alerts", "detect", "--from", "2026-10-20", "--to", "2026-10-27", "--notify");
        var afterFirst = server.Received().Count;
        var status = Run(config, "status", "--format", "json");
        // The rest of the range: 10-20..10-27 were judged already; 10-28 resolves Payments, 10-29 Login.
        var second = Run(config, "alerts", "detect", "--from", "2026-10-20", "--to", "2026-10-31", "--notify");
        var again = Run(config, "alerts", "detect", "--from", "2026-10-20", "--to", "2026-10-31", "--notify");

        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Equal(1, afterFirst);
        Assert.Contains("8 day(s) judged, 2 state change(s)", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("2026-10-27 Tue  firing       Payments: 40 tickets today, typical Tuesday 10 (4.0×)  (emailed)", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("this pass sent 1, left 0 queued for retry, 0 failed", first.Stdout, StringComparison.Ordinal);

        var firing = JsonDocument.Parse(status.Stdout).RootElement.GetProperty("alerts");
        Assert.Equal("2026-10-27", firing.GetProperty("judged_through").GetString());
        Assert.Equal(
            [("Login", "2026-10-27", 3), ("Payments", "2026-10-27", 3)],
            firing.GetProperty("firing").EnumerateArray().Select(f => (f.GetProperty("category").GetString(), f.GetProperty("since").GetString(), f.GetProperty("severity").GetInt32())));

        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Contains("2026-10-20 to 2026-10-27: 8 day(s) already judged: nothing recorded or sent again", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("4 day(s) judged, 2 state change(s)", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("2026-10-28 Wed  still firing Login: 30 tickets today, typical Wednesday 10 (3.0×)  (no change: not sent again while it stays firing)", second.Stdout, StringComparison.Ordinal);
        // 10-30 and 10-31: nothing happens.
        Assert.Contains("  2 day(s) without a change", second.Stdout, StringComparison.Ordinal);
        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Contains("0 day(s) judged, 0 state change(s)", again.Stdout, StringComparison.Ordinal);
        Assert.Contains("this pass sent 0", again.Stdout, StringComparison.Ordinal);

        var messages = server.Received().OrderBy(m => m.Subject, StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["Resolved: Login (2026-10-29)", "Resolved: Payments (2026-10-28)", "Spikes: Login 3.0×, Payments 4.0× (2026-10-27)"],
            messages.Select(m => m.Subject));
        Assert.All(messages, m => Assert.Equal("oncall@example.com", Assert.Single(m.To.Mailboxes).Address));
        var grouped = messages[2].TextBody;
        Assert.Contains("Login: 30 tickets today, typical Tuesday 10 (3.0×)\n", grouped, StringComparison.Ordinal);
        Assert.Contains("Payments: 40 tickets today, typical Tuesday 10 (4.0×)\n", grouped, StringComparison.Ordinal);
    }

    [Fact]
    public void List_shows_state_silences_and_history_newest_first()
    {
        // No SMTP: the emails become .eml files in the outbox folder.
        var config = Config("eml.json", new JsonObject
        {
            ["Recipients"] = new JsonObject { ["Alerts"] = new JsonArray("oncall@example.com") },
            ["Outbox"] = new JsonObject { ["Folder"] = "eml-out" },
        });
        Assert.Equal(0, Run(config, "alerts", "detect", "--from", "2026-10-20", "--to", "2026-10-28", "--notify").ExitCode);
        var silence = Run(config, "alerts", "silence", "Login", "--until", "2099-01-31", "--reason", "known outage");
        var unknown = Run(config, "alerts", "silence", "Billing", "--until", "2099-01-31");

        var table = Run(config, "alerts", "list");
        var json = JsonDocument.Parse(Run(config, "alerts", "list", "--format", "json").Stdout).RootElement;

        Assert.Equal(0, silence.ExitCode);
        Assert.Equal("Login silenced through 2099-01-31: changes on days up to then are recorded without an email", silence.Stdout.Trim());
        Assert.Equal(0, unknown.ExitCode);
        Assert.Equal("warning: no ticket in the warehouse has the category 'Billing' (check the spelling); it is muted anyway", unknown.Stderr.Trim());
        // Two .eml files: the grouped firing of 10-27 and Payments' resolve on 10-28.
        Assert.Equal(2, Directory.GetFiles(Path.Combine(_w.Folder, "eml-out")).Length);
        // Login still firing (30 again on 10-28, no new row), silenced from today; Payments resolved on 10-28.
        Assert.Contains("  Login                silenced     since 2026-10-27  (severity 3, 30 vs typical 10 on 2026-10-27)", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("  Payments             resolved     since 2026-10-28  (10 vs typical 10 on 2026-10-28; last fired 2026-10-27)", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("  Login through 2099-01-31: known outage", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("History (newest first, 3 change(s))", table.Stdout, StringComparison.Ordinal);

        Assert.Equal("2026-10-28", json.GetProperty("judged_through").GetString());
        Assert.Equal(
            [("2026-10-28", "Payments", "resolved"), ("2026-10-27", "Payments", "firing"), ("2026-10-27", "Login", "firing")],
            json.GetProperty("history").EnumerateArray().Select(h => (h.GetProperty("date").GetString(), h.GetProperty("category").GetString(), h.GetProperty("state").GetString())));
        Assert.All(json.GetProperty("history").EnumerateArray(), h => Assert.Equal(JsonValueKind.String, h.GetProperty("notified_at").ValueKind));
        Assert.Equal(["Billing", "Login"], json.GetProperty("silences").EnumerateArray().Select(s => s.GetProperty("category").GetString()).Order(StringComparer.Ordinal));
        var login = json.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "Login");
        Assert.Equal(("silenced", true, 3, 30), (login.GetProperty("state").GetString(), login.GetProperty("firing").GetBoolean(), login.GetProperty("severity").GetInt32(), login.GetProperty("observed").GetInt32()));

        var lifted = Run(config, "alerts", "unsilence", "Login");
        Assert.Equal("The silence of Login is lifted: its alert emails go out again", lifted.Stdout.Trim());
        Assert.Equal("Login has no silence in force: nothing to lift", Run(config, "alerts", "unsilence", "Login").Stdout.Trim());
    }

    [Fact]
    public void Without_alert_recipients_the_changes_are_recorded_and_the_user_is_told_no_email_went_out()
    {
        var config = Config("none.json", new JsonObject { ["Outbox"] = new JsonObject { ["Folder"] = "none-out" } });

        var result = Run(config, "alerts", "detect", "--date", "2026-10-27", "--notify", "--format", "json");
        var table = Run(config, "alerts", "detect", "--date", "2026-10-28", "--notify");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var changes = JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal([("Login", "firing", 0), ("Payments", "firing", 0)],
            changes.Select(c => (c.GetProperty("category").GetString(), c.GetProperty("state").GetString(), c.GetProperty("emails_queued").GetInt32())));
        Assert.Contains("Mail:   no alert recipients are configured (Recipients:Alerts): the changes are recorded, no email was sent", table.Stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_w.Folder, "none-out")));
        using var db = WarehouseFile();
        Assert.Equal(0L, Count(db, "SELECT count(*) FROM outbox"));
        Assert.Equal(3L, Count(db, "SELECT count(*) FROM alerts WHERE notified_at IS NULL AND held IS NULL"));
    }

    [Theory]
    [InlineData("alerts silence Payments", "--until is required: the last day to mute (YYYY-MM-DD)")]
    [InlineData("alerts silence Payments --until 31.01.2099", "--until: '31.01.2099' is not a date (YYYY-MM-DD)")]
    [InlineData("alerts silence Payments --until 2020-01-01", "--until 2020-01-01 is in the past")]
    [InlineData("alerts silence Payments --all --until 2099-01-01", "give a category or --all, not both")]
    [InlineData("alerts unsilence", "give a category (e.g. Payments) or --all")]
    [InlineData("alerts detect --from 2026-10-20 --to 2099-01-01 --notify", "--notify: 2099-01-01 is not over yet in UTC")]
    public void Bad_silence_usage_exits_2_with_a_message(string args, string message)
    {
        var config = Config("plain.json", new JsonObject());

        var result = Run(config, args.Split(' '));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }

    private DuckDB.NET.Data.DuckDBConnection WarehouseFile()
    {
        var db = new DuckDB.NET.Data.DuckDBConnection($"Data Source={_w.DbPath};ACCESS_MODE=READ_ONLY");
        db.Open();
        return db;
    }

    private static long Count(DuckDB.NET.Data.DuckDBConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
