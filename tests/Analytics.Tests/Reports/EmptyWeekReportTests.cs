using Analytics.Reports;

namespace Analytics.Tests.Reports;

/// <summary>A week without any data renders, and each section says in one line that it has nothing to show.</summary>
public class EmptyWeekReportTests
{
    private static readonly Lazy<IReadOnlyList<string>> Pages =
        new(() => ReportOutput.PageTexts(ReportOutput.Render(SampleReport.EmptyWeek(), "empty-week.pdf")));

    [Fact]
    public void Renders_on_one_page_with_its_footer()
    {
        var page = Assert.Single(Pages.Value);
        Assert.Contains("Europe/Berlin · page 1 of 1", page, StringComparison.Ordinal);
        Assert.Contains("no tickets loaded yet", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_section_says_in_one_line_that_it_has_nothing_to_show()
    {
        var text = Pages.Value[0];
        var titles = ReportDocument.SectionTitles;
        for (var i = 0; i < titles.Count; i++)
        {
            var start = text.IndexOf(titles[i], StringComparison.Ordinal) + titles[i].Length;
            var end = i + 1 < titles.Count ? text.IndexOf(titles[i + 1], start, StringComparison.Ordinal) : text.IndexOf("2026-W46 ·", start, StringComparison.Ordinal);
            var body = text[start..end].Trim();
            Assert.StartsWith("Nothing to show: ", body, StringComparison.Ordinal);
            Assert.Single(body.Split("Nothing to show", StringSplitOptions.None).Skip(1));
            Assert.EndsWith(".", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Shows_no_tiles_and_no_zero_values()
    {
        var text = Pages.Value[0];
        Assert.DoesNotContain("Tickets created", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" 0.0", text, StringComparison.Ordinal);
    }
}
