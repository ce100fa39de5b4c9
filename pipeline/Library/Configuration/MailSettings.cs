namespace Analytics.Pipeline.Configuration;

/// <summary>How connections to the SMTP server are secured.</summary>
public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}

/// <summary>
/// The "Smtp" section. With no <see cref="Host"/> (the embedded default) messages are written as .eml files into
/// the outbox folder instead. The password is never in the file: <see cref="PasswordEnv"/> names the environment
/// variable that holds it.
/// </summary>
public sealed record SmtpSettings
{
    public const string DefaultFrom = "Support Analytics <analytics@localhost>";

    public string? Host { get; init; }
    /// <summary>Default by security: 25 (None), 587 (StartTls), 465 (SslOnConnect).</summary>
    public int Port { get; init; } = 25;
    public SmtpSecurity Security { get; init; } = SmtpSecurity.None;
    public string? User { get; init; }
    /// <summary>Name of the environment variable holding the password of <see cref="User"/>.</summary>
    public string? PasswordEnv { get; init; }
    /// <summary>Sender, e.g. "Support Analytics &lt;reports@example.com&gt;".</summary>
    public string From { get; init; } = DefaultFrom;

    public bool Configured => !string.IsNullOrEmpty(Host);
}

/// <summary>The "Recipients" section: who gets the reports and who the alerts.</summary>
public sealed record RecipientsSettings
{
    public IReadOnlyList<string> Reports { get; init; } = [];
    public IReadOnlyList<string> Alerts { get; init; } = [];
}

/// <summary>The "Outbox" section.</summary>
public sealed record OutboxSettings
{
    /// <summary>Where .eml files go when no SMTP server is configured (relative to the working directory).</summary>
    public string Folder { get; init; } = "outbox";
    /// <summary>After this many failed attempts a message is marked failed; null: retry until it is sent.</summary>
    public int? MaxAttempts { get; init; }
}
