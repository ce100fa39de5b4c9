using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Analytics.Tests.Delivery;

/// <summary>
/// A port on 127.0.0.1 that refuses connections (an SMTP server that is down) and stays this test's: a socket bound
/// to a port the system chose, never listening. The system gives a bound port to no one else; an
/// <see cref="AiosmtpdServer"/> started on it later binds it as well (both sockets allow address reuse) and listens.
/// </summary>
public sealed class ClosedPort : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    public ClosedPort()
    {
        _socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Port = ((IPEndPoint)_socket.LocalEndPoint!).Port;
    }

    public int Port { get; }

    public void Dispose() => _socket.Dispose();
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
/// It binds port 0 (or the port of a <see cref="ClosedPort"/>) and prints the port it got; <see cref="Port"/> is
/// that port, read before the constructor returns, when the server is already listening.
/// Installed by .ci/run; when it is missing the test fails saying how to install it.
/// </summary>
public sealed class AiosmtpdServer : IDisposable
{
    private const string Python = "/usr/bin/python3";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(1);
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();

    public int Port { get; }
    public string Maildir { get; }

    /// <summary>Plain SMTP, no TLS and no authentication; on the port of <paramref name="on"/>, else on one the system picks.</summary>
    public AiosmtpdServer(string maildir, ClosedPort? on = null)
        : this(maildir, SmtpServerTls.None, certificate: null, login: null, on)
    {
    }

    /// <summary>
    /// With <paramref name="tls"/> StartTls the server offers STARTTLS and refuses mail before it (as aiosmtpd
    /// --tlscert/--tlskey); with Smtps the connection is TLS from the first byte (as --smtpscert/--smtpskey). With a
    /// <paramref name="login"/> (StartTls only) it also requires AUTH with that user and password.
    /// </summary>
    public AiosmtpdServer(string maildir, SmtpServerTls tls, SelfSignedCertificate? certificate, SmtpLogin? login = null, ClosedPort? on = null)
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
        Maildir = maildir;
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] args =
        [
            "-c", ServerScript, (on?.Port ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture), maildir,
            tls.ToString().ToLowerInvariant(), certificate?.CertFile ?? "", certificate?.KeyFile ?? "", login?.User ?? "", login?.Password ?? "",
        ];
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
        var stdout = Support.Lines.OfOutput(_process);
        try
        {
            var listening = stdout.WaitForAsync(line => line.StartsWith(Listening, StringComparison.Ordinal), StartTimeout).GetAwaiter().GetResult();
            Port = int.Parse(listening[Listening.Length..], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException)
        {
            Dispose();
            lock (_stderr)
            {
                throw new InvalidOperationException($"aiosmtpd did not start listening on 127.0.0.1: {ex.Message}\n{_stderr}", ex);
            }
        }
    }

    /// <summary>What the server prints once it listens, followed by the port.</summary>
    private const string Listening = "listening on 127.0.0.1:";

    /// <summary>
    /// aiosmtpd's own command line (python3 -m aiosmtpd -n -c aiosmtpd.handlers.Mailbox MAILDIR, with --tlscert/--tlskey
    /// or --smtpscert/--smtpskey) as a script that also prints the port it bound, and can require AUTH (PLAIN or
    /// LOGIN) as one user after STARTTLS. Arguments: port (0: any), maildir, none|starttls|smtps, certificate file,
    /// key file, user, password (user empty: no AUTH).
    /// </summary>
    private const string ServerScript = """
        import asyncio
        import ssl
        import sys
        from functools import partial

        from aiosmtpd.handlers import Mailbox
        from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

        port, maildir, tls, cert, key, user, password = sys.argv[1:8]


        def context():
            result = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            result.check_hostname = False
            result.load_cert_chain(cert, key)
            return result


        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = (isinstance(auth_data, LoginPassword)
                  and auth_data.login == user.encode() and auth_data.password == password.encode())
            return AuthResult(success=ok, handled=False)


        async def main():
            options = dict(data_size_limit=None, enable_SMTPUTF8=False, require_starttls=True)
            if tls == "starttls":
                options["tls_context"] = context()
            if user:
                options.update(auth_required=True, auth_require_tls=True, authenticator=authenticator)
            server = await asyncio.get_running_loop().create_server(
                partial(SMTP, Mailbox(maildir), **options), host="127.0.0.1", port=int(port),
                ssl=context() if tls == "smtps" else None)
            print("listening on 127.0.0.1:%d" % server.sockets[0].getsockname()[1], flush=True)
            await server.serve_forever()


        asyncio.run(main())
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
                "The SMTP tests need a real SMTP server process: Debian's python3-aiosmtpd, run by /usr/bin/python3. " +
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
