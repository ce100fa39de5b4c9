using System.Globalization;
using System.Text.Json;
using Analytics.Pipeline.Reports;
using Analytics.Reports;
using Analytics.Tests.Support;
using UglyToad.PdfPig;
using CliRunner = Analytics.Tests.Support.Cli;

namespace Analytics.Tests.Reports;

/// <summary>`analytics report weekly|monthly` on the committed sample data.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Without --send, report only reads: the shared sample warehouse.</summary>
    private CliRunner.Result Run(params string[] args) =>
        CliRunner.Run(_folder.Path, [.. args, "--db", SampleWarehouse.Canonical.DbPath, "--config", SampleWarehouse.Config]);

    [Theory]
    [InlineData("weekly", "--week", "2026-W54", "--week: '2026-W54' is not an ISO week: 2026 has weeks W01 to W53")]
    [InlineData("weekly", "--week", "2026-11-09", "--week: '2026-11-09' is not an ISO week (YYYY-Www, e.g. 2026-W46)")]
    [InlineData("monthly", "--month", "2026-13", "--month: '2026-13' is not a month (YYYY-MM, e.g. 2026-11)")]
    public void A_bad_period_exits_2_with_a_message_naming_the_option(string report, string option, string value, string message)
    {
        var result = Run("report", report, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: " + message, result.Stderr.Trim());
        Assert.Equal("", result.Stdout);
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "data", "reports")));
    }

    /// <summary>
    /// End to end, through the PDF drawing of reports/: the sample week rendered, read back with PdfPig; the
    /// summary page shows each tile's value exactly as `analytics kpi` formats it for that week.
    /// </summary>
    [Fact]
    public void EndToEnd_sample_week_pdf_summary_page_shows_the_values_of_analytics_kpi()
    {
        var pdf = Path.Combine(_folder.Path, "out", "weekly-2026-W46.pdf");

        var result = Run("report", "weekly", "--week", "2026-W46", "--out", pdf);
        var kpi = JsonDocument.Parse(Run("kpi", "--from", "2026-11-09", "--to", "2026-11-15", "--format", "json").Stdout).RootElement[0];

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains(Path.Combine("out", "weekly-2026-W46.pdf"), result.Stdout, StringComparison.Ordinal);
        using var document = PdfDocument.Open(pdf);
        var summary = Letters(document.GetPage(1).Text);
        Assert.Contains("Summary", summary, StringComparison.Ordinal);
        Assert.Contains("2026-W46", summary, StringComparison.Ordinal);
        foreach (var column in ReportBuilder.TileColumns.Select(t => t.Column))
        {
            var value = kpi.GetProperty(column);
            object? typed = value.ValueKind == JsonValueKind.Null ? null : value.TryGetInt64(out var count) ? (object)count : value.GetDouble();
            Assert.NotNull(typed);
            var printed = KpiFormat.Value(column, typed);
            Assert.Contains(Letters(printed), summary, StringComparison.Ordinal);
        }
        var text = Letters(string.Concat(document.GetPages().Select(p => p.Text)));
        Assert.All(ReportDocument.SectionTitles, title => Assert.Contains(Letters(title), text, StringComparison.Ordinal));
        var charts = Directory.GetFiles(ReportFiles.ChartsFolder(pdf));
        Assert.Contains(charts, c => c.EndsWith(".png", StringComparison.Ordinal));
        Assert.Contains(charts, c => c.EndsWith(".svg", StringComparison.Ordinal));
    }

    /// <summary>
    /// The sample's injected Login &amp; Access spike (42 and 47 tickets on 2026-11-11/12, sample-data/README.md) is
    /// marked in the week's report with the figures <c>analytics alerts detect</c> gives for those days: the same
    /// detector, the same numbers.
    /// </summary>
    [Fact]
    public void EndToEnd_sample_week_pdf_marks_the_weeks_spikes_as_alerts_detect_finds_them()
    {
        var pdf = Path.Combine(_folder.Path, "out-spikes", "weekly-2026-W46.pdf");

        var result = Run("report", "weekly", "--week", "2026-W46", "--out", pdf);
        var detected = JsonDocument.Parse(Run("alerts", "detect", "--from", "2026-11-09", "--to", "2026-11-15", "--format", "json").Stdout).RootElement;

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(["2026-11-11", "2026-11-12"], detected.EnumerateArray().Select(s => s.GetProperty("date").GetString()));
        Assert.All(detected.EnumerateArray(), s => Assert.Equal("Login & Access", s.GetProperty("category").GetString()));
        Assert.Equal([42, 47], detected.EnumerateArray().Select(s => s.GetProperty("observed").GetInt32()));
        var days = detected.EnumerateArray().Select(s => string.Create(CultureInfo.InvariantCulture,
            $"{DateOnly.Parse(s.GetProperty("date").GetString()!, CultureInfo.InvariantCulture):ddd yyyy-MM-dd} ({s.GetProperty("observed").GetInt32()} tickets, typical {s.GetProperty("baseline").GetDouble():0.#}, {s.GetProperty("ratio").GetDouble():0.0}×)"));
        var line = $"Spike: Login & Access on {string.Join(", ", days)}";
        using var document = PdfDocument.Open(pdf);
        Assert.Contains(Letters(line), Letters(document.GetPage(1).Text), StringComparison.Ordinal);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "▲ ?spike"));
        // The "Spike" column is in the category table only: teams are not judged for spikes.
        var breakdown = document.GetPages().Single(p => Letters(p.Text).Contains("Categoriesandteams", StringComparison.Ordinal)).Text;
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(breakdown, "Spike(?!:)"));
    }

    private static string Letters(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
