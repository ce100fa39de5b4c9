using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Analytics.Tests.Delivery;

public static class Ports
{
    /// <summary>A TCP port on 127.0.0.1 that nothing listens on (at the moment of the call).</summary>
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

/// <summary>How an <see cref="AiosmtpdServer"/> secures its connections.</summary>
public enum SmtpServerTls
{
    None,
    /// <summary>Plain connection upgraded by STARTTLS, which the server requires before mail.</summary>
    StartTls,
    /// <summary>TLS from the first byte (implicit TLS, SMTPS).</summary>
    Smtps,
}

/// <summary>The one account an authenticating <see cref="AiosmtpdServer"/> accepts.</summary>
public sealed record SmtpLogin(string User, string Password);

/// <summary>
/// A self-signed certificate for 127.0.0.1 and localhost, made by openssl in a folder: CertFile (PEM, also usable as
/// the trust store of a child process through SSL_CERT_FILE) and KeyFile (unencrypted PEM key).
/// </summary>
public sealed class SelfSignedCertificate
{
    private const string OpenSsl = "/usr/bin/openssl";

    public string CertFile { get; }
    public string KeyFile { get; }

    private SelfSignedCertificate(string certFile, string keyFile)
    {
        CertFile = certFile;
        KeyFile = keyFile;
    }

    public static SelfSignedCertificate Create(string folder)
    {
        Directory.CreateDirectory(folder);
        var cert = Path.Combine(folder, "cert.pem");
        var key = Path.Combine(folder, "key.pem");
        var start = new ProcessStartInfo(OpenSsl) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[]
        {
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-keyout", key, "-out", cert,
            "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
        })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000) || process.ExitCode != 0 || !File.Exists(cert) || !File.Exists(key))
        {
            throw new InvalidOperationException($"{OpenSsl} could not make a self-signed certificate in {folder}: {stdout.Result}{stderr.Result}");
        }
        return new SelfSignedCertificate(cert, key);
    }
}

/// <summary>
/// A real SMTP server process: Debian's python3-aiosmtpd on 127.0.0.1, storing what it receives in a maildir.
/// Installed by .ci/run; when it is missing the test fails saying how to install it.
/// </summary>
public sealed class AiosmtpdServer : IDisposable
{
    private const string Python = "/usr/bin/python3";
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();

    public int Port { get; }
    public string Maildir { get; }

    /// <summary>Plain SMTP, no TLS and no authentication.</summary>
    public AiosmtpdServer(string maildir, int? port = null)
        : this(maildir, SmtpServerTls.None, certificate: null, login: null, port)
    {
    }

    /// <summary>
    /// With <paramref name="tls"/> StartTls the server offers STARTTLS and refuses mail before it (aiosmtpd
    /// --tlscert/--tlskey); with Smtps the connection is TLS from the first byte (--smtpscert/--smtpskey). With a
    /// <paramref name="login"/> (StartTls only) it runs a small aiosmtpd server script that also requires AUTH
    /// with that user and password, written beside the certificate.
    /// </summary>
    public AiosmtpdServer(string maildir, SmtpServerTls tls, SelfSignedCertificate? certificate, SmtpLogin? login = null, int? port = null)
    {
        RequireInstalled();
        if (tls != SmtpServerTls.None && certificate is null)
        {
            throw new ArgumentException("a TLS server needs a certificate", nameof(certificate));
        }
        if (login is not null && tls != SmtpServerTls.StartTls)
        {
            throw new ArgumentException("AUTH is offered only after STARTTLS", nameof(login));
        }
        Port = port ?? Ports.Free();
        Maildir = maildir;
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        IEnumerable<string> args;
        if (login is not null)
        {
            var script = Path.Combine(Path.GetDirectoryName(certificate!.CertFile)!, "smtp_auth_server.py");
            File.WriteAllText(script, AuthServerScript);
            args = [script, Port.ToString(System.Globalization.CultureInfo.InvariantCulture), maildir, certificate.CertFile, certificate.KeyFile, login.User, login.Password];
        }
        else
        {
            var tlsArgs = tls switch
            {
                SmtpServerTls.StartTls => new[] { "--tlscert", certificate!.CertFile, "--tlskey", certificate.KeyFile },
                SmtpServerTls.Smtps => ["--smtpscert", certificate!.CertFile, "--smtpskey", certificate.KeyFile],
                _ => [],
            };
            args = ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", .. tlsArgs, "-c", "aiosmtpd.handlers.Mailbox", maildir];
        }
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        _process = Process.Start(start)!;
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
            {
                _stderr.AppendLine(e.Data);
            }
        };
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!Ports.Listening(Port))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                Dispose();
                lock (_stderr)
                {
                    throw new InvalidOperationException($"aiosmtpd did not start listening on 127.0.0.1:{Port}: {_stderr}");
                }
            }
            Thread.Sleep(100);
        }
    }

    /// <summary>
    /// aiosmtpd requiring STARTTLS, then AUTH (PLAIN or LOGIN) as one user, before it takes mail; stores into a
    /// maildir. Arguments: port, maildir, certificate file, key file, user, password.
    /// </summary>
    private const string AuthServerScript = """
        import ssl
        import sys
        import threading

        from aiosmtpd.controller import Controller
        from aiosmtpd.handlers import Mailbox
        from aiosmtpd.smtp import AuthResult, LoginPassword

        port, maildir, cert, key, user, password = sys.argv[1:7]


        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = (isinstance(auth_data, LoginPassword)
                  and auth_data.login == user.encode() and auth_data.password == password.encode())
            return AuthResult(success=ok, handled=False)


        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        controller = Controller(Mailbox(maildir), hostname="127.0.0.1", port=int(port), tls_context=context,
                                require_starttls=True, auth_required=True, auth_require_tls=True,
                                authenticator=authenticator)
        controller.start()
        threading.Event().wait()
        """;

    public static void RequireInstalled()
    {
        var probe = new ProcessStartInfo(Python) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        probe.ArgumentList.Add("-c");
        probe.ArgumentList.Add("import aiosmtpd.handlers");
        int exitCode;
        try
        {
            using var process = Process.Start(probe)!;
            process.WaitForExit(30_000);
            exitCode = process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            exitCode = -1;
        }
        if (exitCode != 0)
        {
            throw new InvalidOperationException(
                "The SMTP tests need a real SMTP server process: Debian's python3-aiosmtpd, run as /usr/bin/python3 -m aiosmtpd. " +
                "Install it with: apt-get update && apt-get install -y python3-aiosmtpd (.ci/run does this).");
        }
    }

    /// <summary>The messages received so far, parsed by MimeKit.</summary>
    public IReadOnlyList<MimeMessage> Received()
    {
        var folder = Path.Combine(Maildir, "new");
        if (!Directory.Exists(folder))
        {
            return [];
        }
        return [.. Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f))];
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
    }
}

/// <summary>
/// A minimal SMTP server in the test process that accepts the session and answers every RCPT with
/// 550 (no such mailbox): a permanent error. Counts the RCPT commands it saw.
/// </summary>
public sealed class RejectingSmtpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<string> _commands = new();

    public int Port { get; }
    public int RcptCommands => _commands.Count(c => c.StartsWith("RCPT", StringComparison.OrdinalIgnoreCase));

    public RejectingSmtpServer()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = Task.Run(AcceptLoop);
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            _ = Task.Run(() => Serve(client));
        }
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.ASCII);
                await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
                await writer.WriteLineAsync("220 localhost ESMTP test");
                while (await reader.ReadLineAsync(_stop.Token) is { } line)
                {
                    _commands.Enqueue(line);
                    var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                    switch (verb)
                    {
                        case "EHLO":
                        case "HELO":
                            await writer.WriteLineAsync("250 localhost");
                            break;
                        case "RCPT":
                            await writer.WriteLineAsync("550 5.1.1 No such mailbox here");
                            break;
                        case "QUIT":
                            await writer.WriteLineAsync("221 2.0.0 Bye");
                            return;
                        default:
                            await writer.WriteLineAsync("250 2.0.0 OK");
                            break;
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away.
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }
}
