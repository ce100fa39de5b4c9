using System.Text.Json.Nodes;
using Analytics.Tests.Support;
using CliRunner = Analytics.Tests.Support.Cli;

namespace Analytics.Tests.Delivery;

/// <summary>
/// `analytics report weekly --send` over encrypted and authenticated SMTP (Smtp:Security StartTls and
/// SslOnConnect, Smtp:User with Smtp:PasswordEnv) against a real aiosmtpd server with a self-signed certificate
/// made for each test. The child process trusts that certificate only when SSL_CERT_FILE names it. Each test works
/// on its own copy of the sample warehouse: a delivery pass sends every due row of the outbox, so a row another
/// test left due would otherwise go to this test's server.
/// </summary>
public sealed class SecureSmtpSendTests : IDisposable
{
    private const string PasswordVariable = "ANALYTICS_SMTP_PASSWORD";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Folder(string name) => _folder.Combine(name);

    /// <summary>A copy of the sample warehouse for one test, in its own folder.</summary>
    private string Warehouse(string name)
    {
        var db = Path.Combine(Folder(name), "warehouse.duckdb");
        Directory.CreateDirectory(Path.GetDirectoryName(db)!);
        File.Copy(SampleWarehouse.Canonical.DbPath, db);
        return db;
    }

    /// <summary>The sample configuration with an Smtp section and one report recipient, as a file in the warehouse folder.</summary>
    private string Config(string name, JsonObject smtp, string recipient)
    {
        var config = JsonNode.Parse(File.ReadAllText(SampleWarehouse.Config))!.AsObject();
        config["Smtp"] = smtp;
        config["Recipients"] = new JsonObject { ["Reports"] = new JsonArray(recipient) };
        var path = Folder(name + ".json");
        File.WriteAllText(path, config.ToJsonString());
        return path;
    }

    private static JsonObject Smtp(int port, string security) => new()
    {
        ["Host"] = "127.0.0.1",
        ["Port"] = port,
        ["Security"] = security,
        ["From"] = "Support Analytics <reports@example.com>",
    };

    private CliRunner.Result SendWeekly(string db, string config, string pdf, IReadOnlyDictionary<string, string>? environment) =>
        CliRunner.Run(_folder.Path, environment, "report", "weekly", "--week", "2026-W46", "--out", pdf, "--send", "--db", db, "--config", config);

    private static Dictionary<string, string> Trusting(SelfSignedCertificate certificate) => new() { ["SSL_CERT_FILE"] = certificate.CertFile };

    /// <summary>Status, attempts and last error of the recipient's weekly-report row in the outbox.</summary>
    private static (string Status, int Attempts, string? LastError) OutboxRow(string warehouse, string recipient)
    {
        using var db = new DuckDB.NET.Data.DuckDBConnection($"Data Source={warehouse};ACCESS_MODE=READ_ONLY");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = $"SELECT status, attempts, last_error FROM outbox WHERE key = 'weekly-report/2026-W46/{recipient}'";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read(), $"no outbox row for {recipient}");
        return (reader.GetString(0), Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture), reader.IsDBNull(2) ? null : reader.GetString(2));
    }

    private static void AssertDelivered(CliRunner.Result result, AiosmtpdServer server, string security, string recipient, string pdf)
    {
        Assert.True(result.ExitCode == 0, result.Stderr + result.Stdout);
        Assert.Contains($"via 127.0.0.1:{server.Port} ({security}): this pass sent 1, left 0 queued for retry, 0 failed", result.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{recipient}: sent", result.Stdout, StringComparison.Ordinal);
        var message = Assert.Single(server.Received());
        Assert.Equal("Weekly support report 2026-W46", message.Subject);
        Assert.Equal(recipient, Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("reports@example.com", Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal(File.ReadAllBytes(pdf), ReportSendTests.Attachment(message, "weekly-2026-W46.pdf"));
    }

    /// <summary>
    /// A setup error (certificate, login, TLS): exit 1 naming the configuration, the message queued for retry with
    /// the given error (fixing the configuration sends it), and nothing received by the server.
    /// </summary>
    private static void AssertQueued(CliRunner.Result result, string warehouse, AiosmtpdServer server, string recipient, string error)
    {
        Assert.True(result.ExitCode == 1, result.Stderr + result.Stdout);
        Assert.Contains("fix Smtp in the configuration", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("this pass sent 0, left 1 queued for retry, 0 failed", result.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{recipient}: queued, next attempt ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(error, result.Stdout, StringComparison.Ordinal);
        var (status, attempts, lastError) = OutboxRow(warehouse, recipient);
        Assert.Equal(("pending", 1), (status, attempts));
        Assert.Contains(error, lastError, StringComparison.Ordinal);
        Assert.Empty(server.Received());
    }

    [Fact]
    public void StartTls_delivers_the_weekly_report_with_the_PDF_byte_identical()
    {
        var warehouse = Warehouse("starttls");
        var certificate = SelfSignedCertificate.Create(Folder("starttls-cert"));
        using var server = new AiosmtpdServer(Folder("starttls-maildir"), SmtpServerTls.StartTls, certificate);
        var config = Config("starttls", Smtp(server.Port, "StartTls"), "starttls-head@example.com");
        var pdf = Path.Combine(Folder("starttls"), "weekly-2026-W46.pdf");

        var result = SendWeekly(warehouse, config, pdf, Trusting(certificate));

        AssertDelivered(result, server, "StartTls", "starttls-head@example.com", pdf);
    }

    [Fact]
    public void SslOnConnect_delivers_the_weekly_report_with_the_PDF_byte_identical()
    {
        var warehouse = Warehouse("smtps");
        var certificate = SelfSignedCertificate.Create(Folder("smtps-cert"));
        using var server = new AiosmtpdServer(Folder("smtps-maildir"), SmtpServerTls.Smtps, certificate);
        var config = Config("smtps", Smtp(server.Port, "SslOnConnect"), "smtps-head@example.com");
        var pdf = Path.Combine(Folder("smtps"), "weekly-2026-W46.pdf");

        var result = SendWeekly(warehouse, config, pdf, Trusting(certificate));

        AssertDelivered(result, server, "SslOnConnect", "smtps-head@example.com", pdf);
    }

    [Fact]
    public void An_untrusted_server_certificate_is_a_setup_error_the_report_stays_queued_with_the_reason()
    {
        var warehouse = Warehouse("untrusted");
        var certificate = SelfSignedCertificate.Create(Folder("untrusted-cert"));
        using var server = new AiosmtpdServer(Folder("untrusted-maildir"), SmtpServerTls.StartTls, certificate);
        var config = Config("untrusted", Smtp(server.Port, "StartTls"), "untrusted-head@example.com");

        var result = SendWeekly(warehouse, config, Path.Combine(Folder("untrusted"), "w.pdf"), environment: null);

        AssertQueued(result, warehouse, server, "untrusted-head@example.com", "certificate could not be validated");
    }

    [Fact]
    public void Security_None_against_a_server_that_requires_STARTTLS_is_a_setup_error_the_report_stays_queued()
    {
        var warehouse = Warehouse("plain");
        var certificate = SelfSignedCertificate.Create(Folder("plain-cert"));
        using var server = new AiosmtpdServer(Folder("plain-maildir"), SmtpServerTls.StartTls, certificate);
        var config = Config("plain", Smtp(server.Port, "None"), "plain-head@example.com");

        var result = SendWeekly(warehouse, config, Path.Combine(Folder("plain"), "w.pdf"), Trusting(certificate));

        AssertQueued(result, warehouse, server, "plain-head@example.com", "Must issue a STARTTLS command first");
    }

    [Fact]
    public void StartTls_with_User_and_PasswordEnv_authenticates_and_delivers_the_weekly_report()
    {
        var warehouse = Warehouse("auth");
        var certificate = SelfSignedCertificate.Create(Folder("auth-cert"));
        using var server = new AiosmtpdServer(Folder("auth-maildir"), SmtpServerTls.StartTls, certificate, new SmtpLogin("reporter", "correct horse"));
        var smtp = Smtp(server.Port, "StartTls");
        smtp["User"] = "reporter";
        smtp["PasswordEnv"] = PasswordVariable;
        var config = Config("auth", smtp, "auth-head@example.com");
        var pdf = Path.Combine(Folder("auth"), "weekly-2026-W46.pdf");

        var result = SendWeekly(warehouse, config, pdf, new Dictionary<string, string>(Trusting(certificate)) { [PasswordVariable] = "correct horse" });

        AssertDelivered(result, server, "StartTls", "auth-head@example.com", pdf);
    }

    [Fact]
    public void A_wrong_password_is_a_setup_error_the_report_stays_queued_with_the_535_reply()
    {
        var warehouse = Warehouse("badauth");
        var certificate = SelfSignedCertificate.Create(Folder("badauth-cert"));
        using var server = new AiosmtpdServer(Folder("badauth-maildir"), SmtpServerTls.StartTls, certificate, new SmtpLogin("reporter", "correct horse"));
        var smtp = Smtp(server.Port, "StartTls");
        smtp["User"] = "reporter";
        smtp["PasswordEnv"] = PasswordVariable;
        var config = Config("badauth", smtp, "badauth-head@example.com");

        var result = SendWeekly(warehouse, config, Path.Combine(Folder("badauth"), "w.pdf"), new Dictionary<string, string>(Trusting(certificate)) { [PasswordVariable] = "battery staple" });

        AssertQueued(result, warehouse, server, "badauth-head@example.com", "535: 5.7.8 Authentication credentials invalid");
    }

    [Fact]
    public void With_PasswordEnv_unset_send_exits_2_naming_the_variable_and_the_report_waits_unsent_in_the_outbox()
    {
        var warehouse = Warehouse("noenv");
        var certificate = SelfSignedCertificate.Create(Folder("noenv-cert"));
        using var server = new AiosmtpdServer(Folder("noenv-maildir"), SmtpServerTls.StartTls, certificate, new SmtpLogin("reporter", "correct horse"));
        var smtp = Smtp(server.Port, "StartTls");
        smtp["User"] = "reporter";
        smtp["PasswordEnv"] = PasswordVariable;
        var config = Config("noenv", smtp, "noenv-head@example.com");

        var result = SendWeekly(warehouse, config, Path.Combine(Folder("noenv"), "w.pdf"), new Dictionary<string, string>(Trusting(certificate)) { [PasswordVariable] = "" });

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"error: Smtp:PasswordEnv: the environment variable {PasswordVariable} is not set; it must hold the SMTP password of reporter",
            result.Stderr.Trim());
        Assert.Equal(("pending", 0, (string?)null), OutboxRow(warehouse, "noenv-head@example.com"));
        Assert.Empty(server.Received());
    }
}
