using Analytics.Reports;
using Analytics.Reports.Document;
using UglyToad.PdfPig;

namespace Analytics.Tests.Reports;

/// <summary>The busy sample week rendered to PDF and read back as a reader (and the mail check) would.</summary>
public class ReportRenderTests
{
    private static readonly Lazy<byte[]> Pdf = new(() => ReportOutput.Render(SampleReport.Busy(), "sample.pdf"));

    private static IReadOnlyList<string> Pages => ReportOutput.PageTexts(Pdf.Value);

    [Fact]
    public void Has_as_many_pages_as_were_laid_out()
    {
        var laidOut = ReportComposition.Compose(SampleReport.Busy()).Pages.Count;
        Assert.InRange(laidOut, 4, 7);
        Assert.Equal(laidOut, Pages.Count);
    }

    [Fact]
    public void Shows_every_section_title_in_order()
    {
        var text = string.Join(" ", Pages);
        var at = 0;
        foreach (var title in ReportDocument.SectionTitles)
        {
            var found = text.IndexOf(title, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"section '{title}' missing after position {at}");
            at = found + title.Length;
        }
    }

    [Fact]
    public void Prints_tile_values_changes_and_targets_as_the_kpi_table_formats_them()
    {
        var summary = Pages[0];
        foreach (var tile in SampleReport.Busy().Tiles)
        {
            Assert.Contains(KpiFormat.Value(tile.Column, KpiUnits.Boxed(tile.Column, tile.Value)), summary, StringComparison.Ordinal);
        }
        Assert.Contains("1,284", summary, StringComparison.Ordinal);
        Assert.Contains("▲ +162", summary, StringComparison.Ordinal);
        Assert.Contains("▼ -2.4 h", summary, StringComparison.Ordinal);
        Assert.Contains("▼ -3.5 pp", summary, StringComparison.Ordinal);
        Assert.Contains("new", summary, StringComparison.Ordinal);
        Assert.Contains("target ≤ 60.0 min", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void What_customers_say_lists_standout_phrases_with_a_one_line_example_and_the_significant_drivers_of_low_csat()
    {
        // The text as read back, whatever the line breaks of the layout.
        var text = string.Join(' ', string.Join(" ", Pages).Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        var section = text[text.IndexOf("What customers say", StringComparison.Ordinal)..text.IndexOf("Retention and ROI", StringComparison.Ordinal)];

        Assert.Contains("payment failed", section, StringComparison.Ordinal);
        // The example on one line, its line break and tab as spaces, the markup as plain text.
        Assert.Contains("“Payment failed twice, still charged! Please refund <b>now</b>”", section, StringComparison.Ordinal);
        Assert.Contains("двойное списание", section, StringComparison.Ordinal);
        Assert.Contains("than usual against the 8", section, StringComparison.Ordinal);
        // Drivers: the two significant drops, largest first, with CI and adjusted p; the chat rise is not one.
        Assert.Contains("−31.4 pp (−41.5 to −21.3)", section, StringComparison.Ordinal);
        Assert.Contains("< 0.001", section, StringComparison.Ordinal);
        Assert.Contains("−20.9 pp (−33.9 to −7.9)", section, StringComparison.Ordinal);
        Assert.Contains("0.012", section, StringComparison.Ordinal);
        Assert.True(section.IndexOf("> 24 h", StringComparison.Ordinal) < section.IndexOf("Reopened", StringComparison.Ordinal));
        Assert.DoesNotContain("chat", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_has_the_period_time_zone_and_its_number_in_the_footer()
    {
        var pages = Pages;
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"2026-W46 · 2026-11-09 – 2026-11-15 · Europe/Berlin · page {i + 1} of {pages.Count}", pages[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Uses_only_the_embedded_fonts_charts_included()
    {
        using var document = PdfDocument.Open(Pdf.Value);
        var fonts = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Contains("DejaVuSans", f, StringComparison.Ordinal));
    }

    [Fact]
    public void Prints_category_rows_with_change_and_spike_mark()
    {
        var text = string.Join(" ", Pages);
        Assert.Contains("Shipping 239 -12 40.1 min 26.3 h 90.2%", text, StringComparison.Ordinal);
        Assert.Contains("(none) 71 +71", text, StringComparison.Ordinal);
        Assert.Contains("84.1% ▲ spike", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_model_gives_the_same_text_and_pages()
    {
        using var again = new MemoryStream();
        ReportDocument.Render(SampleReport.Busy(), again);
        Assert.Equal(Pages, ReportOutput.PageTexts(again.ToArray()));
    }
}
