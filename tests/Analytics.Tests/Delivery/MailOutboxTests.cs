using System.Collections.Concurrent;
using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Delivery;
using Analytics.Pipeline.Warehouse;
using Analytics.Tests.Support;
using MimeKit;

namespace Analytics.Tests.Delivery;

/// <summary>The outbox: a key is delivered once; transient errors retry later, permanent ones stop.</summary>
public sealed class MailOutboxTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 16, 7, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n"u8.ToArray(), .. Enumerable.Range(0, 5000).Select(i => (byte)(i * 7 % 256))];
    private readonly TempWarehouse _w = new();

    public void Dispose() => _w.Dispose();

    private static OutgoingMail Mail(string key, string subject = "Weekly support report 2026-W46", string to = "ops@example.com") =>
        new(key, "weekly-report", [to], subject, "text body", "<p>html body</p>",
            [new MailAttachment("weekly-2026-W46.pdf", "application/pdf", Pdf)]);

    private static AnalyticsSettings SmtpOn(int port, int? maxAttempts = null) => new()
    {
        Smtp = new SmtpSettings { Host = "127.0.0.1", Port = port, Security = SmtpSecurity.None, From = "Reports <reports@example.com>" },
        Outbox = new OutboxSettings { MaxAttempts = maxAttempts },
    };

    /// <summary>Counts what it is given; optionally slow, so that concurrent senders overlap.</summary>
    private sealed class RecordingTransport(TimeSpan delay = default) : IMailTransport
    {
        public ConcurrentDictionary<string, int> Sends { get; } = new();
        public string Description => "recording";

        public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            Sends.AddOrUpdate(message.Key, 1, (_, n) => n + 1);
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, cancellationToken);
            }
        }

        public void Dispose()
        {
        }
    }

    [Fact]
    public void The_same_key_enqueued_twice_is_one_row_and_one_delivery()
    {
        var outbox = new MailOutbox(_w.Db, new AnalyticsSettings());
        var transport = new RecordingTransport();

        var first = outbox.Enqueue(Mail("weekly-report/2026-W46/ops@example.com"), Now);
        var second = outbox.Enqueue(Mail("weekly-report/2026-W46/ops@example.com", subject: "changed"), Now);
        var pass1 = outbox.Deliver(transport, Now);
        var third = outbox.Enqueue(Mail("weekly-report/2026-W46/ops@example.com"), Now.AddDays(1));
        var pass2 = outbox.Deliver(transport, Now.AddDays(1));

        Assert.True(first);
        Assert.False(second);
        Assert.False(third);
        Assert.Equal(1L, _w.Scalar<long>("SELECT count(*) FROM outbox"));
        Assert.Equal("Weekly support report 2026-W46", _w.Scalar<string>("SELECT subject FROM outbox"));
        Assert.Equal(new OutboxRunResult(1, 0, 0), pass1);
        Assert.Equal(new OutboxRunResult(0, 0, 0), pass2);
        Assert.Equal(1, transport.Sends["weekly-report/2026-W46/ops@example.com"]);
        var row = _w.Rows("SELECT status, attempts, sent_at FROM outbox")[0];
        Assert.Equal("sent", row["status"]);
        Assert.Equal(1, row["attempts"]);
        Assert.NotNull(row["sent_at"]);
    }

    [Fact]
    public async Task Two_senders_on_two_connections_to_one_warehouse_never_send_a_key_twice()
    {
        var keys = Enumerable.Range(1, 12).Select(i => $"alert/{i}/ops@example.com").ToList();
        var outbox = new MailOutbox(_w.Db, new AnalyticsSettings());
        foreach (var key in keys)
        {
            outbox.Enqueue(Mail(key), Now);
        }
        using var second = WarehouseDb.OpenForWrite(_w.DbPath, new AnalyticsSettings());
        var transport = new RecordingTransport(TimeSpan.FromMilliseconds(20));

        var results = await Task.WhenAll(
            Task.Run(() => new MailOutbox(_w.Db, new AnalyticsSettings()).DeliverAsync(transport, Now)),
            Task.Run(() => new MailOutbox(second, new AnalyticsSettings()).DeliverAsync(transport, Now)));
        var again = new MailOutbox(second, new AnalyticsSettings()).Deliver(transport, Now.AddHours(1));

        Assert.Equal(keys.Order(StringComparer.Ordinal), transport.Sends.Keys.Order(StringComparer.Ordinal));
        Assert.All(transport.Sends, s => Assert.Equal(1, s.Value));
        Assert.Equal(keys.Count, results.Sum(r => r.Sent));
        Assert.Equal(new OutboxRunResult(0, 0, 0), again);
        Assert.Equal(keys.Count, (int)_w.Scalar<long>("SELECT count(*) FROM outbox WHERE status = 'sent'"));
    }

    [Fact]
    public void A_sender_that_stopped_mid_send_leaves_a_claim_that_is_taken_again_after_it_expires()
    {
        var outbox = new MailOutbox(_w.Db, new AnalyticsSettings());
        outbox.Enqueue(Mail("weekly-report/2026-W46/ops@example.com"), Now);
        // What a sender leaves when it stops between its claim and the server's answer.
        _w.Db.Execute("UPDATE outbox SET status = 'sending', attempts = 1, next_attempt_at = $until::TIMESTAMPTZ",
            new { until = (Now + MailOutbox.ClaimTimeout).UtcDateTime });
        var transport = new RecordingTransport();

        var during = outbox.Deliver(transport, Now.AddMinutes(5));
        var after = outbox.Deliver(transport, Now.AddMinutes(11));

        Assert.Equal(new OutboxRunResult(0, 0, 0), during);
        Assert.Equal(new OutboxRunResult(1, 0, 0), after);
        Assert.Equal(2, _w.Scalar<int>("SELECT attempts FROM outbox"));
    }

    [Fact]
    public void With_the_SMTP_server_down_the_message_waits_with_its_error_and_goes_out_once_when_it_is_up()
    {
        using var closed = new ClosedPort();
        var port = closed.Port;
        var settings = SmtpOn(port);
        var outbox = new MailOutbox(_w.Db, settings);
        const string key = "weekly-report/2026-W46/ops@example.com";
        outbox.Enqueue(Mail(key), Now);

        OutboxRunResult down;
        using (var transport = MailTransports.Create(settings, _w.Folder))
        {
            down = outbox.Deliver(transport, Now);
        }
        var waiting = outbox.Status([key]).Single();
        OutboxRunResult tooEarly;
        using (var transport = MailTransports.Create(settings, _w.Folder))
        {
            tooEarly = outbox.Deliver(transport, Now.AddSeconds(30));
        }

        Assert.Equal(new OutboxRunResult(0, 1, 0), down);
        Assert.Equal(OutboxMessageStatus.Pending, waiting.Status);
        Assert.Equal(1, waiting.Attempts);
        Assert.Contains($"127.0.0.1:{port}", waiting.LastError, StringComparison.Ordinal);
        Assert.InRange(waiting.NextAttemptAt!.Value, Now.AddSeconds(47), Now.AddSeconds(73));
        Assert.Equal(new OutboxRunResult(0, 0, 0), tooEarly);

        using var server = new AiosmtpdServer(Path.Combine(_w.Folder, "maildir"), on: closed);
        OutboxRunResult up, later;
        using (var transport = MailTransports.Create(settings, _w.Folder))
        {
            up = outbox.Deliver(transport, Now.AddMinutes(2));
        }
        using (var transport = MailTransports.Create(settings, _w.Folder))
        {
            later = outbox.Deliver(transport, Now.AddDays(2));
        }

        Assert.Equal(new OutboxRunResult(1, 0, 0), up);
        Assert.Equal(new OutboxRunResult(0, 0, 0), later);
        var received = Assert.Single(server.Received());
        Assert.Equal(MailMessages.MessageId(key, MailboxAddress.Parse("reports@example.com")), received.MessageId);
        var sent = outbox.Status([key]).Single();
        Assert.Equal((OutboxMessageStatus.Sent, 2, (string?)null), (sent.Status, sent.Attempts, sent.LastError));
    }

    [Fact]
    public void A_permanent_550_marks_the_message_failed_and_it_is_not_tried_again()
    {
        using var server = new RejectingSmtpServer();
        var settings = SmtpOn(server.Port);
        var outbox = new MailOutbox(_w.Db, settings);
        const string key = "weekly-report/2026-W46/nobody@example.com";
        outbox.Enqueue(Mail(key, to: "nobody@example.com"), Now);

        OutboxRunResult first, later;
        using (var transport = MailTransports.Create(settings, _w.Folder))
        {
            first = outbox.Deliver(transport, Now);
        }
        using (var transport = MailTransports.Create(settings, _w.Folder))
        {
            later = outbox.Deliver(transport, Now.AddDays(3));
        }

        Assert.Equal(new OutboxRunResult(0, 0, 1), first);
        Assert.Equal(new OutboxRunResult(0, 0, 0), later);
        Assert.Equal(1, server.RcptCommands);
        var entry = outbox.Status([key]).Single();
        Assert.Equal(OutboxMessageStatus.Failed, entry.Status);
        Assert.Null(entry.NextAttemptAt);
        Assert.Contains("550", entry.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public void After_MaxAttempts_transient_failures_the_message_is_marked_failed()
    {
        using var closed = new ClosedPort();
        var settings = SmtpOn(closed.Port, maxAttempts: 2);
        var outbox = new MailOutbox(_w.Db, settings);
        outbox.Enqueue(Mail("alert/1/ops@example.com"), Now);

        using var transport = MailTransports.Create(settings, _w.Folder);
        var first = outbox.Deliver(transport, Now);
        var second = outbox.Deliver(transport, Now.AddHours(1));

        Assert.Equal(new OutboxRunResult(0, 1, 0), first);
        Assert.Equal(new OutboxRunResult(0, 0, 1), second);
        Assert.StartsWith("gave up after 2 attempts", _w.Scalar<string>("SELECT last_error FROM outbox"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 0.8, 1.2)]
    [InlineData(3, 3.2, 4.8)]
    [InlineData(8, 102.4, 153.6)]
    [InlineData(40, 288, 432)]
    public void Backoff_doubles_per_attempt_from_one_minute_with_20_percent_jitter_and_a_6_hour_cap(int attempts, double minMinutes, double maxMinutes)
    {
        var outbox = new MailOutbox(_w.Db, new AnalyticsSettings(), new Random(7));

        var delays = Enumerable.Range(0, 200).Select(_ => outbox.Backoff(attempts).TotalMinutes).ToList();

        Assert.All(delays, d => Assert.InRange(d, minMinutes, maxMinutes));
        Assert.True(delays.Distinct().Count() > 100, "the delays are jittered");
    }

    [Fact]
    public void The_eml_transport_writes_a_message_that_MimeKit_reads_with_the_PDF_attachment_intact()
    {
        var settings = new AnalyticsSettings { Outbox = new OutboxSettings { Folder = "mail-out" } };
        var outbox = new MailOutbox(_w.Db, settings);
        outbox.Enqueue(Mail("weekly-report/2026-W46/ops@example.com"), Now);

        using (var transport = MailTransports.Create(settings, _w.Folder))
        {
            Assert.Equal(new OutboxRunResult(1, 0, 0), outbox.Deliver(transport, Now));
        }

        var file = Path.Combine(_w.Folder, "mail-out", "weekly-report_2026-W46_ops@example.com.eml");
        Assert.Equal(file, Assert.Single(Directory.GetFiles(Path.Combine(_w.Folder, "mail-out"))));
        var message = MimeMessage.Load(file);
        Assert.Equal("Weekly support report 2026-W46", message.Subject);
        Assert.Equal("ops@example.com", Assert.Single(message.To.Mailboxes).Address);
        var pdf = Assert.IsType<MimePart>(Assert.Single(message.Attachments));
        Assert.Equal("weekly-2026-W46.pdf", pdf.FileName);
        using var content = new MemoryStream();
        pdf.Content!.DecodeTo(content);
        Assert.Equal(Pdf, content.ToArray());
        using var stored = Assert.IsAssignableFrom<Stream>(_w.Rows("SELECT message FROM outbox")[0]["message"]);
        using var storedBytes = new MemoryStream();
        stored.CopyTo(storedBytes);
        Assert.Equal(File.ReadAllBytes(file), storedBytes.ToArray());
    }

    [Fact]
    public void A_line_break_in_a_subject_adds_no_header()
    {
        var outbox = new MailOutbox(_w.Db, new AnalyticsSettings());
        outbox.Enqueue(Mail("alert/Payments/ops@example.com", subject: "Spike in Payments\r\nBcc: evil@example.com\r\n\r\nbody"), Now);

        using var transport = MailTransports.Create(new AnalyticsSettings(), _w.Folder);
        outbox.Deliver(transport, Now);

        var message = MimeMessage.Load(Path.Combine(_w.Folder, "outbox", "alert_Payments_ops@example.com.eml"));
        Assert.Empty(message.Bcc);
        Assert.DoesNotContain(message.Headers, h => h.Field.Equals("Bcc", StringComparison.OrdinalIgnoreCase));
        Assert.Single(message.Headers, h => h.Id == HeaderId.Subject);
        Assert.Equal("Spike in Payments  Bcc: evil@example.com    body", message.Subject);
        Assert.Equal(["ops@example.com"], message.GetRecipients().Select(r => r.Address));
    }
}
