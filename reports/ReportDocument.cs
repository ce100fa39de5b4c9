using Analytics.Reports.Model;

namespace Analytics.Reports;

/// <summary>Draws a <see cref="ReportModel"/> as an A4 PDF.</summary>
public static class ReportDocument
{
    /// <summary>The section titles, in order; each appears as a heading in every rendered report.</summary>
    public static readonly IReadOnlyList<string> SectionTitles =
        ["Summary", "Volume", "Speed", "Quality", "Categories and teams", "Retention and ROI", "Definitions"];

    /// <summary>Writes the report as PDF to <paramref name="pdf"/>.</summary>
    public static void Render(ReportModel model, Stream pdf) =>
        throw new NotImplementedException("the PDF layout is being written");
}

/// <summary>The report's charts as separate files, for people who paste them elsewhere.</summary>
public static class ReportCharts
{
    /// <summary>Writes each chart of the model as PNG and SVG into <paramref name="folder"/>; returns the paths written.</summary>
    public static IReadOnlyList<string> WritePngAndSvg(ReportModel model, string folder, string prefix) =>
        throw new NotImplementedException("the charts are being written");
}
