using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Reports;

namespace Analytics.Pipeline.Cli;

/// <summary>What <c>report</c> and the demo print of a written report.</summary>
public static class ReportOutput
{
    /// <summary>Where each output is, relative to the working directory.</summary>
    public static void Print(WrittenReport written, ReportSpan span, AnalyticsSettings settings, TextWriter output)
    {
        var here = Directory.GetCurrentDirectory();
        output.WriteLine($"Report of {span.Label} ({span.From:yyyy-MM-dd} to {span.To:yyyy-MM-dd}, {settings.Reporting.TimeZone}), compared with {span.Previous.Label}");
        output.WriteLine($"  PDF:    {Path.GetRelativePath(here, written.Pdf)} ({written.Pages} pages, every section present)");
        output.WriteLine($"  Charts: {Path.GetRelativePath(here, written.ChartsFolder)}{Path.DirectorySeparatorChar} ({written.Charts.Count(c => c.EndsWith(".png", StringComparison.Ordinal))} charts, each as PNG and SVG)");
    }
}
