using Analytics.Pipeline.Configuration;
using Microsoft.Extensions.Configuration;

namespace Analytics.Tests.Delivery;

/// <summary>The "Smtp", "Recipients" and "Outbox" sections: defaults, and errors that name their key.</summary>
public sealed class MailSettingsTests
{
    private static AnalyticsSettings Bind(Dictionary<string, string?> values) =>
        SettingsLoader.Bind(new ConfigurationBuilder().AddInMemoryCollection(values).Build());

    [Fact]
    public void By_default_there_is_no_SMTP_and_mail_goes_to_the_outbox_folder()
    {
        var settings = Bind([]);

        Assert.False(settings.Smtp.Configured);
        Assert.Equal("outbox", settings.Outbox.Folder);
        Assert.Null(settings.Outbox.MaxAttempts);
        Assert.Empty(settings.Recipients.Reports);
    }

    [Theory]
    [InlineData(null, 25)]
    [InlineData("None", 25)]
    [InlineData("StartTls", 587)]
    [InlineData("sslonconnect", 465)]
    public void The_port_defaults_by_security(string? security, int port)
    {
        var settings = Bind(new() { ["Smtp:Host"] = "smtp.example.com", ["Smtp:Security"] = security });

        Assert.Equal(port, settings.Smtp.Port);
    }

    [Fact]
    public void A_full_SMTP_section_binds()
    {
        var settings = Bind(new()
        {
            ["Smtp:Host"] = "smtp.example.com",
            ["Smtp:Port"] = "2525",
            ["Smtp:Security"] = "StartTls",
            ["Smtp:User"] = "reports",
            ["Smtp:PasswordEnv"] = "ANALYTICS_SMTP_PASSWORD",
            ["Smtp:From"] = "Support Analytics <reports@example.com>",
            ["Recipients:Reports:0"] = "head@example.com",
            ["Recipients:Reports:1"] = "Ops Team <ops@example.com>",
            ["Recipients:Alerts:0"] = "oncall@example.com",
            ["Outbox:Folder"] = "mail",
            ["Outbox:MaxAttempts"] = "20",
        });

        Assert.Equal(("smtp.example.com", 2525, SmtpSecurity.StartTls, "reports", "ANALYTICS_SMTP_PASSWORD"),
            (settings.Smtp.Host, settings.Smtp.Port, settings.Smtp.Security, settings.Smtp.User, settings.Smtp.PasswordEnv));
        Assert.Equal(["head@example.com", "Ops Team <ops@example.com>"], settings.Recipients.Reports);
        Assert.Equal(["oncall@example.com"], settings.Recipients.Alerts);
        Assert.Equal(("mail", (int?)20), (settings.Outbox.Folder, settings.Outbox.MaxAttempts));
    }

    [Theory]
    [InlineData("Smtp:Password", "hunter2", "Smtp:Password: a password is not accepted in the configuration; put it in an environment variable and name that variable in Smtp:PasswordEnv")]
    [InlineData("Smtp:Security", "Tls", "Smtp:Security: 'Tls' is not one of None, StartTls, SslOnConnect")]
    [InlineData("Smtp:Port", "70000", "Smtp:Port: '70000' is not a port number (1-65535)")]
    [InlineData("Smtp:From", "reports at example", "Smtp:From: 'reports at example' is not an email address")]
    [InlineData("Smtp:PasswordEnv", "SMTP_PASSWORD", "Smtp:PasswordEnv: is set but Smtp:User is not")]
    [InlineData("Smtp:User", "reports", "Smtp:User: is set but Smtp:PasswordEnv is not")]
    [InlineData("Recipients:Reports:1", "ops@", "Recipients:Reports:1: 'ops@' is not an email address")]
    [InlineData("Recipients:Alerts:0", "not an address", "Recipients:Alerts:0: 'not an address' is not an email address")]
    [InlineData("Recipients:Reports", "ops@example.com", "Recipients:Reports: must be a list of addresses")]
    [InlineData("Outbox:MaxAttempts", "0", "Outbox:MaxAttempts: '0' is not a whole number of at least 1")]
    public void A_wrong_value_is_refused_naming_its_key(string key, string value, string message)
    {
        var values = new Dictionary<string, string?> { ["Smtp:Host"] = "smtp.example.com", [key] = value };
        if (key == "Recipients:Reports:1")
        {
            values["Recipients:Reports:0"] = "head@example.com";
        }

        var error = Assert.Throws<ConfigurationException>(() => Bind(values));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_password_variable_that_is_not_set_is_an_error_naming_the_key_when_mail_is_sent()
    {
        var settings = Bind(new()
        {
            ["Smtp:Host"] = "smtp.example.com",
            ["Smtp:User"] = "reports",
            ["Smtp:PasswordEnv"] = "ANALYTICS_TEST_UNSET_SMTP_PASSWORD",
        });

        var error = Assert.Throws<ConfigurationException>(() => Pipeline.Delivery.MailTransports.Create(settings, "."));

        Assert.Equal("Smtp:PasswordEnv: the environment variable ANALYTICS_TEST_UNSET_SMTP_PASSWORD is not set; it must hold the SMTP password of reports", error.Message);
    }
}
