namespace Analytics.Tests.Reports;

public class ReportLookTests
{
    [Fact]
    public void Sample_renders()
    {
        var bytes = ReportOutput.Render(SampleReport.Busy(), "sample.pdf");
        Assert.NotEmpty(ReportOutput.PageTexts(bytes));
    }
}
