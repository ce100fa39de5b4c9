using Analytics.Reports;
using Analytics.Reports.Model;
using UglyToad.PdfPig;

namespace Analytics.Pipeline.Reports;

/// <summary>A report that could not be produced: rendering failed, or the PDF did not pass its check. Exit code 1.</summary>
public sealed class ReportFailedException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Where a report was written: the checked PDF, its page count and the chart files beside it.</summary>
public sealed record WrittenReport(string Pdf, int Pages, string ChartsFolder, IReadOnlyList<string> Charts);

/// <summary>
/// Writes a report model as a PDF and its charts as PNG and SVG files beside it. The PDF is rendered under
/// a temporary name, read back and checked (<see cref="PdfCheck"/>), and only then moved to its name, with
/// the charts; a failure leaves no half-written file and nothing changed under the final names.
/// </summary>
public static class ReportFiles
{
    /// <summary>
    /// Builds the model of <paramref name="span"/> from the KPI SQL, with the category spikes the detector finds in
    /// it, and writes the checked PDF and its charts: the one way the CLI, the scheduler and the demo produce a report.
    /// </summary>
    public static (ReportModel Model, WrittenReport Written) Produce(
        DuckDB.NET.Data.DuckDBConnection db, Configuration.AnalyticsSettings settings, ReportSpan span, string pdf,
        HoursBasis hours = HoursBasis.Calendar, DateTimeOffset? now = null)
    {
        var spikes = ReportSpikes.Find(db, settings.Alerts, span);
        var model = new ReportBuilder(db, settings).Build(span, hours, spikes, now);
        return (model, Write(model, pdf));
    }

    /// <summary>
    /// data/reports/weekly-2026-W46.pdf or data/reports/monthly-2026-11.pdf, relative to the working directory:
    /// beside the default warehouse (data/analytics.duckdb), so that a report never lands in a source folder.
    /// </summary>
    public static string DefaultPath(ReportSpan period) =>
        Path.Combine("data", "reports", $"{(period.Kind == Grain.Week ? "weekly" : "monthly")}-{period.Label}.pdf");

    /// <summary>The folder of the charts: beside the PDF, named after it (reports/weekly-2026-W46-charts/).</summary>
    public static string ChartsFolder(string pdf) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(pdf))!, Path.GetFileNameWithoutExtension(pdf) + "-charts");

    /// <param name="render">Draws the PDF (default: <see cref="ReportDocument.Render"/>).</param>
    /// <param name="charts">Writes the charts into a folder with a file name prefix (default: <see cref="ReportCharts.WritePngAndSvg"/>).</param>
    public static WrittenReport Write(
        ReportModel model,
        string pdfPath,
        Action<ReportModel, Stream>? render = null,
        Func<ReportModel, string, string, IReadOnlyList<string>>? charts = null)
    {
        render ??= ReportDocument.Render;
        charts ??= ReportCharts.WritePngAndSvg;
        var pdf = Path.GetFullPath(pdfPath);
        var folder = Path.GetDirectoryName(pdf)!;
        Directory.CreateDirectory(folder);
        var name = Path.GetFileNameWithoutExtension(pdf);
        var partial = Path.Combine(folder, $".{name}.{Guid.NewGuid():N}.partial");
        var chartsFolder = ChartsFolder(pdf);
        var partialCharts = partial + "-charts";
        Task<IReadOnlyList<string>>? chartsWritten = null;
        try
        {
            using (var stream = File.Create(partial))
            {
                Attempt("the PDF could not be rendered", () => render(model, stream));
            }
            // The chart files are drawn on another core while the PDF is read back (the two share nothing; the drawing
            // of the PDF and of the charts, which share the chart library, stay one after the other).
            Directory.CreateDirectory(partialCharts);
            chartsWritten = Task.Run(() => Attempt("the charts could not be written", () => charts(model, partialCharts, name + "-")));
            var pages = PdfCheck.Check(partial, ReportDocument.SectionTitles);
            var written = chartsWritten.GetAwaiter().GetResult();

            File.Move(partial, pdf, overwrite: true);
            if (Directory.Exists(chartsFolder))
            {
                Directory.Delete(chartsFolder, recursive: true);
            }
            Directory.Move(partialCharts, chartsFolder);
            var chartFiles = written
                .Select(p => Path.Combine(chartsFolder, Path.GetRelativePath(partialCharts, Path.IsPathRooted(p) ? p : Path.Combine(partialCharts, p))))
                .ToList();
            return new WrittenReport(pdf, pages, chartsFolder, chartFiles);
        }
        finally
        {
            // Nothing is removed while the charts are still being written (after a failure of the PDF's check).
            if (chartsWritten is not null)
            {
                ((IAsyncResult)chartsWritten).AsyncWaitHandle.WaitOne();
            }
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }
            if (Directory.Exists(partialCharts))
            {
                Directory.Delete(partialCharts, recursive: true);
            }
        }
    }

    private static void Attempt(string what, Action action) => Attempt(what, () =>
    {
        action();
        return 0;
    });

    private static T Attempt<T>(string what, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex) when (ex is not ReportFailedException)
        {
            throw new ReportFailedException($"{what}: {ex.Message}", ex);
        }
    }
}

/// <summary>
/// A rendered report read back before it counts as produced: it opens as a PDF, has pages, and every
/// section title appears in its text.
/// </summary>
public static class PdfCheck
{
    /// <returns>The number of pages.</returns>
    public static int Check(string path, IReadOnlyList<string> sectionTitles)
    {
        string text;
        int pages;
        try
        {
            using var document = PdfDocument.Open(path);
            pages = document.NumberOfPages;
            text = string.Concat(document.GetPages().Select(p => p.Text));
        }
        catch (Exception ex)
        {
            throw new ReportFailedException($"the rendered PDF cannot be read back: {ex.Message}", ex);
        }
        if (pages == 0)
        {
            throw new ReportFailedException("the rendered PDF has no pages");
        }
        // Letters are compared without white space: a PDF need not draw the spaces between words.
        var letters = WithoutWhiteSpace(text);
        var missing = sectionTitles.Where(title => !letters.Contains(WithoutWhiteSpace(title), StringComparison.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            throw new ReportFailedException($"the rendered PDF lacks section(s): {string.Join(", ", missing)}");
        }
        return pages;
    }

    private static string WithoutWhiteSpace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
