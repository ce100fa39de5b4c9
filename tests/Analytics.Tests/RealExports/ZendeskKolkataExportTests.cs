using System.Text.Json;
using Analytics.Reports;
using Analytics.Tests.Support;
using UglyToad.PdfPig;
using CliRunner = Analytics.Tests.Support.Cli;

namespace Analytics.Tests.RealExports;

/// <summary>
/// A real account's Zendesk export, as <see cref="ZendeskExportFixture"/> reproduces it: 16,476 tickets created
/// 2023-04-01 00:00 to 2023-05-31 23:59 in Asia/Kolkata (UTC+05:30), times without offset, only business-hours
/// first reply times, no category field, 22% of solved tickets closed without an agent reply. Loaded as a user
/// does on a fresh warehouse with no configuration file: <c>analytics ingest zendesk.csv --timezone Asia/Kolkata</c>,
/// then read with the commands a user runs next. Every expectation is worked out here from the rows the fixture
/// wrote, never from the product's SQL.
/// </summary>
public sealed class ZendeskKolkataExportTests(ZendeskKolkataExportTests.KolkataExport data) : IClassFixture<ZendeskKolkataExportTests.KolkataExport>
{
    /// <summary>The export written and loaded once, through the command line, into a warehouse of its own.</summary>
    public sealed class KolkataExport : IDisposable
    {
        public TempWarehouse W { get; } = new();
        public ZendeskExport Export { get; }
        public CliRunner.Result Ingest { get; }

        public KolkataExport()
        {
            // No analytics.json in the working directory and no --config: the defaults, as on a first try.
            Export = new ZendeskExportFixture().Write(Path.Combine(W.Folder, "zendesk.csv"));
            Ingest = Run("ingest", Export.Path, "--timezone", "Asia/Kolkata", "--format", "json");
        }

        public CliRunner.Result Run(params string[] args) => CliRunner.Run(W.Folder, [.. args, "--db", W.DbPath]);

        public void Dispose() => W.Dispose();
    }

    private const double Tolerance = 1e-9;

    /// <summary>The eight whole ISO weeks of the export, Monday 2023-04-03 to Sunday 2023-05-28 (local).</summary>
    private static readonly DateTime[] Mondays = [.. Enumerable.Range(0, 8).Select(k => new DateTime(2023, 4, 3).AddDays(7 * k))];

    private static bool InWeek(DateTime? local, DateTime monday) => local is { } t && t >= monday && t < monday.AddDays(7);

    private IReadOnlyList<ZendeskExportRow> Rows => data.Export.Rows;

    private CliRunner.Result Run(params string[] args)
    {
        Assert.True(data.Ingest.ExitCode == 0, "the ingest failed: " + data.Ingest.Stderr);
        return data.Run(args);
    }

    /// <summary>
    /// The export has no spike: every day is a draw around a stable level for its weekday. Read in the zone the
    /// data was loaded with, the first day (Saturday 2023-04-01) is a whole day and nothing stands out.
    /// </summary>
    [Fact]
    public void A_replay_over_the_export_raises_no_spike()
    {
        var result = Run("alerts", "detect", "--from", "2023-04-01", "--to", "2023-05-31", "--format", "json");

        AssertNoSpike(result);
    }

    /// <summary>
    /// Forced to UTC, the first UTC day (Friday 2023-03-31) holds only the tickets created 00:00-05:30 IST on
    /// 2023-04-01 (a handful) and the last one lacks 00:00-05:30 of 2023-06-01: days the export only partly covers.
    /// They must not become the level a later day is judged against.
    /// </summary>
    [Fact]
    public void A_replay_in_UTC_raises_no_spike_from_the_export_boundaries()
    {
        // 2023-04-01 00:00 IST = 2023-03-31 18:30 UTC: the sliver the first UTC day holds.
        var sliver = Rows.Count(r => r.CreatedAt < new DateTime(2023, 4, 1, 5, 30, 0));
        Assert.InRange(sliver, 1, 12);

        var result = Run("alerts", "detect", "--from", "2023-04-01", "--to", "2023-05-31", "--format", "json", "--timezone", "UTC");

        AssertNoSpike(result);
    }

    /// <summary>
    /// Without --timezone, `kpi` reports in the zone the data was loaded with: weeks from Monday 00:00 IST, and each
    /// week's tickets_created = the rows whose local Created at falls in Monday 00:00 to the next Monday 00:00.
    /// </summary>
    [Fact]
    public void Weeks_start_at_the_accounts_local_Monday()
    {
        var weeks = KpiWeeks();

        // period_start of each week, and its tickets_created: the count of rows with monday <= Created at (local) < monday + 7 days
        Assert.Equal(
            Mondays.Select(monday => ($"{monday:yyyy-MM-dd}T00:00:00+05:30", (long)Rows.Count(r => InWeek(r.CreatedAt, monday)))),
            weeks.Select(w => (Column(w, "period_start").GetString()!, Column(w, "tickets_created").GetInt64())));
    }

    /// <summary>
    /// A ticket solved without any agent reply (auto-closed, merged) is not a first-contact resolution: FCR is over
    /// solved tickets with at least one reply; the ones with none are reported as zero-touch.
    /// </summary>
    [Fact]
    public void FCR_leaves_out_tickets_solved_without_an_agent_reply_and_reports_them_as_zero_touch()
    {
        var weeks = KpiWeeks();

        var expected = Mondays.Select(monday =>
        {
            // solved = status Solved/Closed with a local Solved at in [monday, monday + 7 days)
            var solved = Rows.Where(r => r.IsSolved && InWeek(r.SolvedAt, monday)).ToList();
            // fcr_n = solved with Replies >= 1; fcr_pct = 100 * (Replies == 1 and Reopens == 0) / fcr_n
            var fcrN = solved.Count(r => r.Replies >= 1);
            var fcrPct = 100.0 * solved.Count(r => r.Replies == 1 && r.Reopens == 0) / fcrN;
            // zero_touch_n = solved with Replies known (all of them here); zero_touch_pct = 100 * (Replies == 0) / zero_touch_n
            var zeroTouchN = solved.Count;
            var zeroTouchPct = 100.0 * solved.Count(r => r.Replies == 0) / zeroTouchN;
            return (Week: $"{monday:yyyy-MM-dd}", FcrN: (long)fcrN, FcrPct: (double?)fcrPct, ZeroTouchN: (long)zeroTouchN, ZeroTouchPct: (double?)zeroTouchPct);
        });

        Assert.Equal(expected,
            weeks.Select(row => (Week: Column(row, "period_start").GetString()![..10], FcrN: Column(row, "fcr_n").GetInt64(), FcrPct: Number(row, "fcr_pct"),
                ZeroTouchN: Column(row, "zero_touch_n").GetInt64(), ZeroTouchPct: Number(row, "zero_touch_pct"))),
            (e, a) => e.Week == a.Week && e.FcrN == a.FcrN && Near(e.FcrPct, a.FcrPct) && e.ZeroTouchN == a.ZeroTouchN && Near(e.ZeroTouchPct, a.ZeroTouchPct));
    }

    /// <summary>
    /// The export has only business-hours first reply times: `kpi` reports them (frt_basis "business") instead of
    /// a null median over a non-zero frt_n. With only a business duration, a first response counts in the week of
    /// Created at.
    /// </summary>
    [Fact]
    public void First_response_times_are_reported_in_business_minutes_when_the_export_has_only_those()
    {
        var weeks = KpiWeeks();

        // frt_median_min: the continuous median of First reply time in minutes within business hours over the
        // tickets created in the week; frt_n: how many they are; frt_basis: "business" (a JSON string)
        var expected = Mondays.Select(monday => FirstReplyMinutes(monday)).Select(minutes => (Median: (double?)Median(minutes), Basis: "business", N: (long)minutes.Count));

        Assert.Equal(expected,
            weeks.Select(row => (Median: Number(row, "frt_median_min"), Basis: Column(row, "frt_basis").ToString(), N: Column(row, "frt_n").GetInt64())),
            (e, a) => Near(e.Median, a.Median) && e.Basis == a.Basis && e.N == a.N);
        Assert.All(weeks, row => Assert.Equal(JsonValueKind.String, Column(row, "frt_basis").ValueKind));
    }

    /// <summary>
    /// The weekly report of 2023-W16 (Monday 2023-04-17 to Sunday 2023-04-23, IST) shows the first responses: no
    /// "no first responses" line, and the FRT median tile holds the week's median business minutes.
    /// </summary>
    [Fact]
    public void Weekly_report_shows_first_response_times_from_the_business_hours_column()
    {
        var pdf = Path.Combine(data.W.Folder, "report-w16", "w16.pdf");

        var result = Run("report", "weekly", "--week", "2023-W16", "--out", pdf);

        Assert.True(result.ExitCode == 0, result.Stderr);
        // median of First reply time in minutes within business hours over tickets created 2023-04-17 to 2023-04-23 (IST)
        var median = Median(FirstReplyMinutes(new DateTime(2023, 4, 17)));
        var tile = KpiFormat.Value("frt_median_min", median);
        using var document = PdfDocument.Open(pdf);
        var text = Letters(string.Concat(document.GetPages().Select(p => p.Text)));
        // "Nothing to show: no first responses in 2023-W16." and "... no first response times in the trend periods."
        Assert.DoesNotContain(Letters("no first response"), text, StringComparison.Ordinal);
        var summary = Letters(document.GetPage(1).Text);
        Assert.Contains(Letters(tile), summary, StringComparison.Ordinal); // the FRT median tile
    }

    /// <summary>
    /// Without --week, long after the export ended: the latest complete week the data covers, said on stderr, and a
    /// banner naming the stale feed with its last ticket. The export's last ticket is on Wed 2023-05-31 (IST), so
    /// 2023-W22 (Mon 05-29 to Sun 06-04) is partial and 2023-W21 (05-22 to 05-28) is the latest week covered whole.
    /// </summary>
    [Fact]
    public void A_report_without_a_week_long_after_the_export_is_of_its_last_covered_week_and_says_the_feed_stopped()
    {
        var pdf = Path.Combine(data.W.Folder, "report-default", "latest.pdf");

        var result = Run("report", "weekly", "--out", pdf);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.StartsWith("Report of 2023-W21 (2023-05-22 to 2023-05-28, Asia/Kolkata)", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("note: no --week given: 2023-W21 is the latest complete week the data covers", result.Stderr, StringComparison.Ordinal);
        var last = Rows.Max(r => r.CreatedAt);
        Assert.Equal(new DateOnly(2023, 5, 31), DateOnly.FromDateTime(last));
        using var document = PdfDocument.Open(pdf);
        var page1 = Letters(document.GetPage(1).Text);
        Assert.Contains(Letters($"No tickets from zendesk since {last:ddd yyyy-MM-dd HH:mm}"), page1, StringComparison.Ordinal); // the stale feed with its last ticket
    }

    /// <summary>Every row of the export is loaded: nothing in it is malformed.</summary>
    [Fact]
    public void Every_row_of_the_export_is_loaded()
    {
        Assert.True(data.Ingest.ExitCode == 0, data.Ingest.Stderr);
        var file = Assert.Single(JsonDocument.Parse(data.Ingest.Stdout).RootElement.EnumerateArray());

        Assert.Equal("zendesk", file.GetProperty("vendor").GetString());
        Assert.Equal(16_476, Rows.Count);
        Assert.Equal(Rows.Count, file.GetProperty("rows_read").GetInt64());
        Assert.Equal(Rows.Count, file.GetProperty("rows_loaded").GetInt64());
        Assert.Equal(0, file.GetProperty("duplicates").GetInt64());
        Assert.Equal(0, file.GetProperty("quarantined").GetInt64());
        // The Good/Bad satisfaction scores are CSAT responses, all loaded too.
        var csat = Assert.Single(file.GetProperty("derived").EnumerateArray());
        var rated = Rows.Count(r => r.SatisfactionScore is "Good" or "Bad");
        Assert.Equal(rated, csat.GetProperty("rows_read").GetInt64());
        Assert.Equal(rated, csat.GetProperty("rows_loaded").GetInt64());
        Assert.Equal(0, csat.GetProperty("quarantined").GetInt64());
    }

    private List<JsonElement> KpiWeeks()
    {
        var result = Run("kpi", "--from", "2023-04-03", "--to", "2023-05-28", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Stderr);
        return [.. JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray()];
    }

    /// <summary>Business first reply minutes of the tickets created (local) in the week of <paramref name="monday"/>.</summary>
    private List<double> FirstReplyMinutes(DateTime monday) =>
        [.. Rows.Where(r => InWeek(r.CreatedAt, monday) && r.FirstReplyBusinessMinutes is not null).Select(r => (double)r.FirstReplyBusinessMinutes!.Value)];

    /// <summary>The continuous median (linear interpolation between the two middle values, numpy's default).</summary>
    private static double Median(List<double> values)
    {
        Assert.NotEmpty(values);
        var sorted = values.Order().ToList();
        var position = (sorted.Count - 1) * 0.5;
        var low = (int)Math.Floor(position);
        var high = (int)Math.Ceiling(position);
        return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
    }

    private static void AssertNoSpike(CliRunner.Result result)
    {
        Assert.True(result.ExitCode == 0, result.Stderr);
        var spikes = JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray()
            .Select(s => $"{s.GetProperty("date").GetString()} {s.GetProperty("why").GetString()}").ToList();
        Assert.Empty(spikes); // an export without a spike
    }

    private static JsonElement Column(JsonElement row, string name)
    {
        Assert.True(row.TryGetProperty(name, out var value), $"the kpi JSON has no column {name}");
        return value;
    }

    private static double? Number(JsonElement row, string name)
    {
        var value = Column(row, name);
        return value.ValueKind == JsonValueKind.Null ? null : value.GetDouble();
    }

    /// <summary>Both numbers there and within <see cref="Tolerance"/> of each other.</summary>
    private static bool Near(double? expected, double? actual) =>
        expected is { } e && actual is { } a && Math.Abs(a - e) <= Tolerance;

    private static string Letters(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
