using System.Text.Json.Nodes;
using Analytics.Tests.Support;
using MimeKit;
using CliRunner = Analytics.Tests.Support.Cli;

namespace Analytics.Tests.Delivery;

/// <summary>
/// `analytics report weekly --send` on the committed sample data, through the outbox. --send writes to the
/// warehouse (the outbox), so each test works on its own copy of the sample warehouse: a delivery pass sends every
/// due row, and a row another test left due must not reach this test's server.
/// </summary>
public sealed class ReportSendTests : IDisposable
{
    private readonly TempWarehouse _w = SampleWarehouse.Canonical.Copy();

    public void Dispose() => _w.Dispose();

    /// <summary>The sample configuration with mail sections added, as a file in the warehouse folder.</summary>
    private string Config(string name, JsonObject mail)
    {
        var config = JsonNode.Parse(File.ReadAllText(SampleWarehouse.Config))!.AsObject();
        foreach (var (key, value) in mail)
        {
            config[key] = value?.DeepClone();
        }
        var path = Path.Combine(_w.Folder, name);
        File.WriteAllText(path, config.ToJsonString());
        return path;
    }

    private CliRunner.Result Run(string config, params string[] args) =>
        CliRunner.Run(_w.Folder, [.. args, "--db", _w.DbPath, "--config", config]);

    internal static byte[] Attachment(MimeMessage message, string fileName)
    {
        var part = Assert.IsType<MimePart>(Assert.Single(message.Attachments));
        Assert.Equal(fileName, part.FileName);
        Assert.Equal("application/pdf", part.ContentType.MimeType);
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        return content.ToArray();
    }

    [Fact]
    public void Without_recipients_send_exits_2_naming_the_key_and_writes_nothing()
    {
        // The sample company's configuration lists a report recipient; this one has none.
        var config = Config("no-recipients.json", new JsonObject { ["Recipients"] = new JsonObject { ["Alerts"] = new JsonArray("oncall@example.com") } });

        var result = Run(config, "report", "weekly", "--week", "2026-W46", "--out", Path.Combine(_w.Folder, "none", "w.pdf"), "--send");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: --send: no one to send the report to; list the addresses in Recipients:Reports of the configuration", result.Stderr.Trim());
        Assert.False(Directory.Exists(Path.Combine(_w.Folder, "none")));
    }

    [Fact]
    public void EndToEnd_with_no_SMTP_the_report_is_an_eml_file_with_the_PDF_and_a_rerun_sends_nothing_again()
    {
        var config = Config("eml.json", new JsonObject
        {
            ["Recipients"] = new JsonObject { ["Reports"] = new JsonArray("eml-head@example.com", "Ops <eml-ops@example.com>") },
            ["Outbox"] = new JsonObject { ["Folder"] = "eml-out" },
        });
        var pdf = Path.Combine(_w.Folder, "eml", "weekly-2026-W46.pdf");

        var first = Run(config, "report", "weekly", "--week", "2026-W46", "--out", pdf, "--send");
        var files = Directory.GetFiles(Path.Combine(_w.Folder, "eml-out")).Order(StringComparer.Ordinal).ToList();
        var second = Run(config, "report", "weekly", "--week", "2026-W46", "--out", pdf, "--send");

        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("this pass sent 2, left 0 queued for retry, 0 failed", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("eml-head@example.com: sent", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(
            ["weekly-report_2026-W46_eml-head@example.com.eml", "weekly-report_2026-W46_eml-ops@example.com.eml"],
            files.Select(Path.GetFileName));
        var message = MimeMessage.Load(files[0]);
        Assert.Equal("Weekly support report 2026-W46", message.Subject);
        Assert.Contains("Tickets created: ", message.TextBody, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(pdf), Attachment(message, "weekly-2026-W46.pdf"));
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Contains("this pass sent 0", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("eml-head@example.com: already sent before (not sent again)", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void EndToEnd_a_real_SMTP_server_receives_the_weekly_report_with_the_PDF_byte_identical()
    {
        using var server = new AiosmtpdServer(Path.Combine(_w.Folder, "smtp-maildir"));
        var config = Config("smtp.json", new JsonObject
        {
            ["Smtp"] = new JsonObject { ["Host"] = "127.0.0.1", ["Port"] = server.Port, ["Security"] = "None", ["From"] = "Support Analytics <reports@example.com>" },
            ["Recipients"] = new JsonObject { ["Reports"] = new JsonArray("smtp-head@example.com") },
        });
        var pdf = Path.Combine(_w.Folder, "smtp", "weekly-2026-W46.pdf");

        var result = Run(config, "report", "weekly", "--week", "2026-W46", "--out", pdf, "--send");

        Assert.True(result.ExitCode == 0, result.Stderr + result.Stdout);
        Assert.Contains($"via 127.0.0.1:{server.Port} (None): this pass sent 1", result.Stdout, StringComparison.Ordinal);
        var message = Assert.Single(server.Received());
        Assert.Equal("Weekly support report 2026-W46", message.Subject);
        Assert.Equal("smtp-head@example.com", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("reports@example.com", Assert.Single(message.From.Mailboxes).Address);
        Assert.Contains("<table", message.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(pdf), Attachment(message, "weekly-2026-W46.pdf"));
    }

    [Fact]
    public void With_the_SMTP_server_down_send_exits_0_and_leaves_the_report_queued_with_its_error()
    {
        using var closed = new ClosedPort();
        var port = closed.Port;
        var config = Config("smtp-down.json", new JsonObject
        {
            ["Smtp"] = new JsonObject { ["Host"] = "127.0.0.1", ["Port"] = port },
            ["Recipients"] = new JsonObject { ["Reports"] = new JsonArray("down-head@example.com") },
        });

        var result = Run(config, "report", "weekly", "--week", "2026-W46", "--out", Path.Combine(_w.Folder, "down", "w.pdf"), "--send");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("left 1 queued for retry", result.Stdout, StringComparison.Ordinal);
        Assert.Contains($"down-head@example.com: queued, next attempt ", result.Stdout, StringComparison.Ordinal);
        using var db = new DuckDB.NET.Data.DuckDBConnection($"Data Source={_w.DbPath};ACCESS_MODE=READ_ONLY");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = "SELECT status || ' ' || attempts || ' ' || (last_error IS NOT NULL) FROM outbox WHERE key = 'weekly-report/2026-W46/down-head@example.com'";
        Assert.Equal("pending 1 true", command.ExecuteScalar());
    }
}
