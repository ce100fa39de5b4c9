using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Ingest;
using Analytics.Pipeline.Scheduling;
using Analytics.Pipeline.Text;
using Analytics.Pipeline.Warehouse;
using Analytics.Tests.Delivery;
using Analytics.Tests.Scheduling;
using Analytics.Tests.Support;
using MimeKit;
using CliRunner = Analytics.Tests.Support.Cli;

namespace Analytics.Tests.Alerts;

/// <summary>
/// A negative-share jump end to end, next to a volume spike of the same category (<see cref="ToneWarehouse"/>): the real
/// executable's <c>alerts detect</c> (read-only and --notify), <c>alerts list</c> and <c>status</c>, the emails through a
/// real SMTP server, and the detect job of <c>analytics serve</c>.
/// </summary>
public sealed class NegativeShareNotifyTests : IDisposable
{
    private readonly TempWarehouse _w = new();

    public NegativeShareNotifyTests()
    {
        _w.Ingest(_w.Write("tickets.csv", ToneWarehouse.Csv()));
        TextSentiments.Refresh(_w.Db);
        // 61 days × 2 categories × 10, plus 30 more Payments on each of 10-27 and 10-28.
        Assert.Equal(1280L, _w.Scalar<long>("SELECT count(*) FROM tickets"));
        _w.Close();
    }

    public void Dispose() => _w.Dispose();

    [Fact]
    public void The_subjects_tones_are_the_lexicons()
    {
        Assert.Equal(SentimentLabel.Negative, LexiconSentiment.Score(ToneWarehouse.Negative).Label);
        Assert.Equal(SentimentLabel.Negative, LexiconSentiment.Score(ToneWarehouse.Declined).Label);
        Assert.Equal(SentimentLabel.Negative, LexiconSentiment.Score(ToneWarehouse.Broken).Label);
        Assert.Equal(SentimentLabel.Neutral, LexiconSentiment.Score(ToneWarehouse.Neutral).Label);
    }

    private string Config(string name, JsonObject config)
    {
        config["Reporting"] ??= new JsonObject { ["TimeZone"] = "UTC" };
        var path = Path.Combine(_w.Folder, name);
        File.WriteAllText(path, config.ToJsonString());
        return path;
    }

    private CliRunner.Result Run(string config, params string[] args) =>
        CliRunner.Run(_w.Folder, [.. args, "--db", _w.DbPath, "--config", config]);

    [Fact]
    public void Detect_lists_the_jump_beside_the_spike_and_its_json_says_the_measure()
    {
        var config = Config("plain.json", new JsonObject());

        var table = Run(config, "alerts", "detect", "--from", "2026-10-27", "--to", "2026-10-29");
        var json = Run(config, "alerts", "detect", "--date", "2026-10-28", "--format", "json");

        Assert.True(table.ExitCode == 0, table.Stderr);
        Assert.Contains("2026-10-27 to 2026-10-29, replayed day by day: 2 spike(s), 1 negative-share jump(s)", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("  2026-10-28 Wed  Payments: 40 tickets today, typical Wednesday 10 (4.0×)", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("  2026-10-28 Wed  Payments: 30 of 40 texts negative today (75%), typical 10% (7.5×)  (negative share: p = 5.7e-21, severity 3)",
            table.Stdout, StringComparison.Ordinal);

        Assert.True(json.ExitCode == 0, json.Stderr);
        var alerts = JsonDocument.Parse(json.Stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal([("Payments", "volume", 40), ("Payments", "negative-share", 30)],
            alerts.Select(a => (a.GetProperty("category").GetString(), a.GetProperty("measure").GetString(), a.GetProperty("observed").GetInt32())));
        var share = alerts[1];
        Assert.Equal((40, 0.1, 7.5, 3), (share.GetProperty("texts").GetInt32(), Math.Round(share.GetProperty("baseline").GetDouble(), 12),
            Math.Round(share.GetProperty("ratio").GetDouble(), 12), share.GetProperty("severity").GetInt32()));
        Assert.Equal(5.67e-21, share.GetProperty("p_value").GetDouble(), 0.01e-21);
        Assert.False(alerts[0].TryGetProperty("texts", out _));
    }

    [Fact]
    public void Notify_records_and_mails_the_two_episodes_apart_and_list_and_status_show_the_measure()
    {
        using var server = new AiosmtpdServer(Path.Combine(_w.Folder, "maildir"));
        var config = Config("smtp.json", new JsonObject
        {
            ["Smtp"] = new JsonObject { ["Host"] = "127.0.0.1", ["Port"] = server.Port, ["Security"] = "None", ["From"] = "Support Analytics <alerts@example.com>" },
            ["Recipients"] = new JsonObject { ["Alerts"] = new JsonArray("oncall@example.com") },
        });

        // The mornings up to 10-29: 10-27 the volume fires, 10-28 the share fires (the volume still spikes: no row).
        var first = Run(config, "alerts", "detect", "--from", "2026-10-20", "--to", "2026-10-28", "--notify");
        var list = Run(config, "alerts", "list");
        var listJson = JsonDocument.Parse(Run(config, "alerts", "list", "--format", "json").Stdout).RootElement;
        var status = Run(config, "status");
        var statusJson = JsonDocument.Parse(Run(config, "status", "--format", "json").Stdout).RootElement.GetProperty("alerts");
        // 10-29: both back, one email.
        var second = Run(config, "alerts", "detect", "--from", "2026-10-29", "--to", "2026-10-29", "--notify", "--format", "json");

        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("9 day(s) judged, 2 state change(s)", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("  2026-10-27 Tue  firing       Payments: 40 tickets today, typical Tuesday 10 (4.0×)  (emailed)", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("  2026-10-28 Wed  firing       Payments: 30 of 40 texts negative today (75%), typical 10% (7.5×)  (emailed)", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("  2026-10-28 Wed  still firing Payments: 40 tickets today, typical Wednesday 10 (4.0×)  (no change: not sent again while it stays firing)",
            first.Stdout, StringComparison.Ordinal);

        Assert.Contains("  Payments             firing       since 2026-10-27  (severity 3, 40 vs typical 10 on 2026-10-27)", list.Stdout, StringComparison.Ordinal);
        Assert.Contains("  Payments             firing       since 2026-10-28  (negative share, severity 3, 30 of 40 texts negative (75%) vs typical 10% on 2026-10-28)",
            list.Stdout, StringComparison.Ordinal);
        Assert.Equal([("Payments", "volume", "firing"), ("Payments", "negative-share", "firing")],
            listJson.GetProperty("categories").EnumerateArray().Select(c => (c.GetProperty("category").GetString(), c.GetProperty("measure").GetString(), c.GetProperty("state").GetString())));
        Assert.Equal([("2026-10-28", "negative-share"), ("2026-10-27", "volume")],
            listJson.GetProperty("history").EnumerateArray().Select(h => (h.GetProperty("date").GetString(), h.GetProperty("measure").GetString())));

        Assert.Contains("Alerts: judged through 2026-10-28; 2 firing", status.Stdout, StringComparison.Ordinal);
        Assert.Contains("  firing Payments since 2026-10-27 (severity 3; 40 vs typical 10 on 2026-10-27)", status.Stdout, StringComparison.Ordinal);
        Assert.Contains("  firing Payments (negative share) since 2026-10-28 (severity 3; 30 of 40 texts negative (75%) vs typical 10% on 2026-10-28)",
            status.Stdout, StringComparison.Ordinal);
        Assert.Equal(["volume", "negative-share"], statusJson.GetProperty("firing").EnumerateArray().Select(f => f.GetProperty("measure").GetString()));

        Assert.True(second.ExitCode == 0, second.Stderr);
        var resolved = JsonDocument.Parse(second.Stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal([("volume", "resolved", 1), ("negative-share", "resolved", 1)],
            resolved.Select(r => (r.GetProperty("measure").GetString(), r.GetProperty("state").GetString(), r.GetProperty("emails_queued").GetInt32())));
        // 1 of 10 against 10 %: every gate fails but the p one is over its gate.
        Assert.StartsWith("Payments: 1 of 10 texts negative today (10%), typical 10% (1.0×): no longer improbable (p = ", resolved[1].GetProperty("why").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("), fewer than 5 negative texts, less than 5 points above typical and under 1.5× typical", resolved[1].GetProperty("why").GetString(), StringComparison.Ordinal);

        var messages = server.Received();
        Assert.Equal(
            ["Negative share up: Payments 7.5× (2026-10-28)", "Resolved: Payments, Payments (negative share) (2026-10-29)", "Spike: Payments 4.0× (2026-10-27)"],
            messages.Select(m => m.Subject).Order(StringComparer.Ordinal));
        var jump = messages.Single(m => m.Subject == "Negative share up: Payments 7.5× (2026-10-28)");
        jump.WriteTo(Path.Combine(Reports.ReportOutput.Folder("alert-mail"), "negative-share-end-to-end-2026-10-28.eml"));
        // The negative texts of 10-28 against those of the 8 weeks before ("Very bad experience": bad, experience): the
        // phrase "terrible checkout" in all 30 (15 "Card declined again terrible checkout", 15 "Terrible checkout broken
        // again"), "card declined" and "checkout broken" in 15 each, none before. Each word is in no more tickets than a
        // phrase that holds it, so the phrases stand for them (docs/alerts.md, "Evidence"); each with its latest text.
        Assert.Contains("Payments: 30 of 40 texts negative today (75%), typical 10% (7.5×)\n"
            + "What the negative texts say (words, phrases and tags):\n"
            + "- terrible checkout: 30 negative texts today vs 0 a day in the 8 weeks before, e.g. \"Terrible checkout broken again\"\n"
            + "- card declined: 15 negative texts today vs 0 a day in the 8 weeks before, e.g. \"Card declined again terrible checkout\"\n"
            + "- checkout broken: 15 negative texts today vs 0 a day in the 8 weeks before, e.g. \"Terrible checkout broken again\"\n", jump.TextBody!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain(jump.BodyParts.OfType<MimePart>(), p => p.ContentType.MimeType == "image/png");
    }

    [Fact]
    public async Task The_detect_job_judges_the_negative_share_each_morning()
    {
        using var serve = new ServeFolder
        {
            Settings = new AnalyticsSettings
            {
                Reporting = new ReportingSettings { TimeZone = "UTC" },
                Recipients = new RecipientsSettings { Alerts = ["oncall@example.com"] },
                Outbox = new OutboxSettings { Folder = "alert-mail" },
            },
        };
        using (var db = WarehouseDb.OpenForWrite(serve.DbPath, serve.Settings))
        {
            var csv = Path.Combine(serve.Folder, "tickets.csv");
            File.WriteAllText(csv, ToneWarehouse.Csv());
            new FileIngestor(db, new IngestOptions()).Ingest(csv);
            TextSentiments.Refresh(db);
        }
        var runner = serve.Runner();
        static DateTimeOffset Morning(string day) => DateTimeOffset.Parse(day + "T07:00:00Z", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

        await runner.RunAsync(Job.Detect, Morning("2026-10-28"), late: false, CancellationToken.None);
        var thursday = await runner.RunAsync(Job.Detect, Morning("2026-10-29"), late: false, CancellationToken.None);

        Assert.Equal(JobOutcome.Succeeded, thursday.Outcome);
        Assert.StartsWith("2026-10-28: Payments (negative share) firing (severity 3); still firing, not sent again: Payments; 1 email(s) queued", thursday.Message, StringComparison.Ordinal);
        var mails = Directory.GetFiles(Path.Combine(serve.Folder, "alert-mail")).Select(f => MimeMessage.Load(f).Subject).Order(StringComparer.Ordinal);
        Assert.Equal(["Negative share up: Payments 7.5× (2026-10-28)", "Spike: Payments 4.0× (2026-10-27)"], mails);
    }
}
