using System.Net.Sockets;
using Analytics.Pipeline.Configuration;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Analytics.Pipeline.Delivery;

/// <summary>One message taken from the outbox for delivery: its stored bytes and the parsed message.</summary>
public sealed record OutboxMessage(string Key, byte[] Raw, MimeMessage Message, MailboxAddress Sender, IReadOnlyList<MailboxAddress> Recipients);

/// <summary>Hands a message to its recipients. Throws <see cref="MailDeliveryException"/> when it could not.</summary>
public interface IMailTransport : IDisposable
{
    /// <summary>For output: "smtp.example.com:587" or "outbox/".</summary>
    string Description { get; }

    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}

/// <summary>
/// A delivery that failed. Permanent failures (5xx, a bad address) are not retried. A setup failure (the server's
/// certificate is not trusted, the login is refused, the server demands TLS) is retried, since fixing the
/// configuration makes the same message go out, but is reported as an error rather than as a passing outage.
/// </summary>
public sealed class MailDeliveryException(string message, bool permanent, Exception? inner = null, bool setup = false) : Exception(message, inner)
{
    public bool Permanent { get; } = permanent;
    public bool Setup { get; } = setup;
}

/// <summary>The transport the configuration asks for: SMTP when Smtp.Host is set, otherwise .eml files.</summary>
public static class MailTransports
{
    public static IMailTransport Create(AnalyticsSettings settings, string workingDirectory)
    {
        if (!settings.Smtp.Configured)
        {
            return new EmlFolderTransport(Path.Combine(workingDirectory, settings.Outbox.Folder));
        }
        string? password = null;
        if (settings.Smtp.PasswordEnv is { } variable)
        {
            password = Environment.GetEnvironmentVariable(variable);
            if (string.IsNullOrEmpty(password))
            {
                throw new ConfigurationException($"Smtp:PasswordEnv: the environment variable {variable} is not set; it must hold the SMTP password of {settings.Smtp.User}");
            }
        }
        return new SmtpTransport(settings.Smtp, password);
    }
}

/// <summary>
/// Writes each message as an RFC 5322 file, <c>&lt;key&gt;.eml</c> (characters unsafe in file names replaced by
/// '_'), into a folder; any mail client opens it. Writing the file counts as delivery.
/// </summary>
public sealed class EmlFolderTransport(string folder) : IMailTransport
{
    public string Folder { get; } = Path.GetFullPath(folder);

    public string Description => Folder + Path.DirectorySeparatorChar;

    public static string FileName(string key) =>
        string.Concat(key.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '@' or '+' ? c : '_')) + ".eml";

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(Folder);
            var path = Path.Combine(Folder, FileName(message.Key));
            var partial = path + ".partial";
            await File.WriteAllBytesAsync(partial, message.Raw, cancellationToken).ConfigureAwait(false);
            File.Move(partial, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new MailDeliveryException($"cannot write to {Folder}: {ex.Message}", permanent: false, ex);
        }
    }

    public void Dispose()
    {
    }
}

/// <summary>
/// SMTP through MailKit: one connection per delivery pass, opened on the first message. The envelope goes to the
/// outbox row's recipients. 5xx replies are permanent failures; 4xx replies, network and TLS errors are transient.
/// </summary>
public sealed class SmtpTransport(SmtpSettings settings, string? password) : IMailTransport
{
    private readonly SmtpClient _client = new() { Timeout = 60_000 };

    public string Description => $"{settings.Host}:{settings.Port} ({settings.Security})";

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            if (!_client.IsConnected)
            {
                var options = settings.Security switch
                {
                    SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
                    SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
                    _ => SecureSocketOptions.None,
                };
                await _client.ConnectAsync(settings.Host ?? "localhost", settings.Port, options, cancellationToken).ConfigureAwait(false);
                if (settings.User is not null)
                {
                    await _client.AuthenticateAsync(settings.User, password ?? "", cancellationToken).ConfigureAwait(false);
                }
            }
            await _client.SendAsync(message.Message, message.Sender, message.Recipients, cancellationToken).ConfigureAwait(false);
        }
        catch (SmtpCommandException ex)
        {
            var code = (int)ex.StatusCode;
            await Reset().ConfigureAwait(false);
            throw new MailDeliveryException($"{settings.Host} answered {code}: {ex.Message.Trim()}", permanent: code >= 500, ex);
        }
        catch (Exception ex) when (ex is AuthenticationException or ServiceNotAuthenticatedException or SslHandshakeException)
        {
            await Reset().ConfigureAwait(false);
            throw new MailDeliveryException($"{settings.Host}:{settings.Port}: mail server setup (Smtp in the configuration): {ex.Message.Trim()}", permanent: false, ex, setup: true);
        }
        catch (Exception ex) when (ex is IOException or SocketException or SmtpProtocolException or TimeoutException or ServiceNotConnectedException)
        {
            await Reset().ConfigureAwait(false);
            throw new MailDeliveryException($"{settings.Host}:{settings.Port}: {ex.Message.Trim()}", permanent: false, ex);
        }
    }

    private async Task Reset()
    {
        if (_client.IsConnected)
        {
            try
            {
                await _client.DisconnectAsync(quit: false).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or SocketException or SmtpProtocolException)
            {
                // The connection is already broken; the next message opens a new one.
            }
        }
    }

    public void Dispose()
    {
        if (_client.IsConnected)
        {
            try
            {
                _client.Disconnect(quit: true);
            }
            catch (Exception ex) when (ex is IOException or SocketException or SmtpProtocolException or SmtpCommandException)
            {
                // Everything was sent or rescheduled before; a failed QUIT changes nothing.
            }
        }
        _client.Dispose();
    }
}
