using Analytics.Reports;
using Analytics.Reports.Model;

namespace Analytics.Tests.Reports;

/// <summary>Category names in Cyrillic are drawn with the embedded font and come back out of the PDF as text.</summary>
public class CyrillicReportTests
{
    [Fact]
    public void Cyrillic_category_extracts_from_the_summary_the_chart_title_and_the_table()
    {
        var pages = ReportOutput.PageTexts(ReportOutput.Render(SampleReport.Busy(), "cyrillic.pdf"));
        var text = string.Join(" ", pages);
        var occurrences = text.Split(SampleReport.CyrillicCategory).Length - 1;
        Assert.True(occurrences >= 3, $"'{SampleReport.CyrillicCategory}' found {occurrences} times");
    }

    [Fact]
    public void Cyrillic_team_and_category_in_an_otherwise_empty_week_extract_correctly()
    {
        var model = SampleReport.EmptyWeek() with
        {
            Breakdowns = new BreakdownSection(
                [new("Доставка и возвраты", 12, 0, 31.5, 4.2, null, true)],
                [new("Служба поддержки Ёлкино", 12, 3, 31.5, 4.2, 100.0, false)]),
        };
        using var pdf = new MemoryStream();
        ReportDocument.Render(model, pdf);
        var text = string.Join(" ", ReportOutput.PageTexts(pdf.ToArray()));
        Assert.Contains("Доставка и возвраты 12 +12", text, StringComparison.Ordinal);
        Assert.Contains("Служба поддержки Ёлкино 12 +9", text, StringComparison.Ordinal);
    }
}
