using System.Globalization;
using Microsoft.Extensions.Configuration;
using MimeKit;

namespace Analytics.Pipeline.Configuration;

/// <summary>Binds and checks the "Smtp", "Recipients" and "Outbox" sections; every error names its key.</summary>
public static class MailSettingsBinder
{
    public static SmtpSettings Smtp(IConfiguration root)
    {
        var section = root.GetSection("Smtp");
        if (section["Password"] is not null)
        {
            throw new ConfigurationException("Smtp:Password: a password is not accepted in the configuration; put it in an environment variable and name that variable in Smtp:PasswordEnv");
        }
        var securityText = section["Security"];
        var security = SmtpSecurity.None;
        if (securityText is not null && !Enum.TryParse(securityText, ignoreCase: true, out security))
        {
            throw new ConfigurationException($"Smtp:Security: '{securityText}' is not one of {string.Join(", ", Enum.GetNames<SmtpSecurity>())}");
        }
        var host = section["Host"];
        if (host is not null && (host.Length == 0 || host.Any(char.IsWhiteSpace)))
        {
            throw new ConfigurationException($"Smtp:Host: '{host}' is not a host name");
        }
        var port = security switch
        {
            SmtpSecurity.StartTls => 587,
            SmtpSecurity.SslOnConnect => 465,
            _ => 25,
        };
        if (section["Port"] is { } portText)
        {
            if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535)
            {
                throw new ConfigurationException($"Smtp:Port: '{portText}' is not a port number (1-65535)");
            }
        }
        var user = Empty(section["User"]);
        var passwordEnv = Empty(section["PasswordEnv"]);
        if (passwordEnv is not null && user is null)
        {
            throw new ConfigurationException("Smtp:PasswordEnv: is set but Smtp:User is not; give the user name the password belongs to");
        }
        if (user is not null && passwordEnv is null)
        {
            throw new ConfigurationException("Smtp:User: is set but Smtp:PasswordEnv is not; name the environment variable that holds the password");
        }
        var from = section["From"] ?? SmtpSettings.DefaultFrom;
        Address("Smtp:From", from);
        return new SmtpSettings
        {
            Host = host,
            Port = port,
            Security = security,
            User = user,
            PasswordEnv = passwordEnv,
            From = from,
        };
    }

    public static RecipientsSettings Recipients(IConfiguration root)
    {
        var section = root.GetSection("Recipients");
        return new RecipientsSettings
        {
            Reports = Addresses(section.GetSection("Reports")),
            Alerts = Addresses(section.GetSection("Alerts")),
        };
    }

    public static OutboxSettings Outbox(IConfiguration root)
    {
        var section = root.GetSection("Outbox");
        int? maxAttempts = null;
        if (section["MaxAttempts"] is { } text)
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                throw new ConfigurationException($"Outbox:MaxAttempts: '{text}' is not a whole number of at least 1");
            }
            maxAttempts = value;
        }
        var folder = section["Folder"] ?? "outbox";
        if (folder.Trim().Length == 0)
        {
            throw new ConfigurationException("Outbox:Folder: is empty; give a folder (default: outbox)");
        }
        return new OutboxSettings { Folder = folder, MaxAttempts = maxAttempts };
    }

    /// <summary>One mailbox (a bare address or "Name &lt;address&gt;"), or an error naming the key.</summary>
    public static MailboxAddress Address(string key, string text)
    {
        if (!MailboxAddress.TryParse(text, out var address) || string.IsNullOrEmpty(address.Address) || !address.Address.Contains('@', StringComparison.Ordinal))
        {
            throw new ConfigurationException($"{key}: '{text}' is not an email address (e.g. ops@example.com or \"Ops <ops@example.com>\")");
        }
        return address;
    }

    private static List<string> Addresses(IConfigurationSection section)
    {
        if (section.Value is not null)
        {
            throw new ConfigurationException($"{section.Path}: must be a list of addresses, like [\"ops@example.com\"]");
        }
        var addresses = new List<string>();
        foreach (var child in section.GetChildren())
        {
            var text = child.Value ?? throw new ConfigurationException($"{child.Path}: must be an address, like \"ops@example.com\"");
            Address(child.Path, text);
            addresses.Add(text);
        }
        return addresses;
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
