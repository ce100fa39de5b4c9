using Analytics.Pipeline.Reports;
using Analytics.Reports;
using Analytics.Reports.Model;
using Analytics.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Analytics.Tests.Reports;

/// <summary>
/// A report counts as produced only when its PDF reads back with pages and every section: the drawing is
/// stood in for by small PDFs written with PdfPig, so that each way of failing can be made to happen.
/// </summary>
public sealed class ReportFilesTests : IDisposable
{
    private readonly KpiWarehouse _w = new();
    private readonly ReportModel _model;

    public ReportFilesTests() => _model = new ReportBuilder(_w.Warehouse.Db, _w.Config).Build(ReportSpan.ParseWeek("2026-W10"));

    public void Dispose() => _w.Dispose();

    private string Pdf => Path.Combine(_w.Warehouse.Folder, "out", "weekly-2026-W10.pdf");

    /// <summary>A PDF with one page per heading given.</summary>
    private static Action<ReportModel, Stream> Pages(params string[] headings) => (_, stream) =>
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var heading in headings)
        {
            builder.AddPage(PageSize.A4).AddText(heading, 14, new PdfPoint(50, 780), font);
        }
        stream.Write(builder.Build());
    };

    private static IReadOnlyList<string> TwoCharts(ReportModel model, string folder, string prefix)
    {
        var files = new[] { Path.Combine(folder, prefix + "volume.png"), Path.Combine(folder, prefix + "volume.svg") };
        foreach (var file in files)
        {
            File.WriteAllText(file, model.Period.Label);
        }
        return files;
    }

    private string[] Leftovers() =>
        Directory.Exists(Path.GetDirectoryName(Pdf)) ? Directory.GetFileSystemEntries(Path.GetDirectoryName(Pdf)!).Where(p => p.Contains(".partial", StringComparison.Ordinal)).ToArray() : [];

    [Fact]
    public void A_pdf_with_every_section_is_moved_to_its_name_with_the_charts_beside_it()
    {
        var written = ReportFiles.Write(_model, Pdf, Pages([.. ReportDocument.SectionTitles]), TwoCharts);

        Assert.Equal((Pdf, ReportDocument.SectionTitles.Count), (written.Pdf, written.Pages));
        Assert.True(File.Exists(Pdf));
        var charts = Path.Combine(_w.Warehouse.Folder, "out", "weekly-2026-W10-charts");
        Assert.Equal(charts, written.ChartsFolder);
        Assert.Equal([Path.Combine(charts, "weekly-2026-W10-volume.png"), Path.Combine(charts, "weekly-2026-W10-volume.svg")], written.Charts);
        Assert.All(written.Charts, c => Assert.Equal("2026-W10", File.ReadAllText(c)));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void A_pdf_missing_a_section_fails_and_leaves_the_earlier_report_untouched()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Pdf)!);
        File.WriteAllText(Pdf, "earlier report");
        var sections = ReportDocument.SectionTitles.Where(t => t != "Definitions").ToArray();

        var error = Assert.Throws<ReportFailedException>(() => ReportFiles.Write(_model, Pdf, Pages(sections), TwoCharts));

        Assert.Equal("the rendered PDF lacks section(s): Definitions", error.Message);
        Assert.Equal("earlier report", File.ReadAllText(Pdf));
        Assert.False(Directory.Exists(ReportFiles.ChartsFolder(Pdf)));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void A_renderer_that_fails_leaves_no_file()
    {
        var error = Assert.Throws<ReportFailedException>(() =>
            ReportFiles.Write(_model, Pdf, (_, stream) =>
            {
                stream.Write("%PDF-1.7 half"u8);
                throw new InvalidDataException("font missing");
            }, TwoCharts));

        Assert.Equal("the PDF could not be rendered: font missing", error.Message);
        Assert.False(File.Exists(Pdf));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void Bytes_that_are_not_a_pdf_fail_the_check()
    {
        var error = Assert.Throws<ReportFailedException>(() =>
            ReportFiles.Write(_model, Pdf, (_, stream) => stream.Write("Summary Volume Speed"u8), TwoCharts));

        Assert.StartsWith("the rendered PDF cannot be read back", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Pdf));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void Charts_that_fail_leave_no_pdf_either()
    {
        var error = Assert.Throws<ReportFailedException>(() =>
            ReportFiles.Write(_model, Pdf, Pages([.. ReportDocument.SectionTitles]), (_, _, _) => throw new IOException("disk full")));

        Assert.Equal("the charts could not be written: disk full", error.Message);
        Assert.False(File.Exists(Pdf));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void The_default_file_is_under_reports_named_after_the_period()
    {
        Assert.Equal(Path.Combine("data", "reports", "weekly-2026-W46.pdf"), ReportFiles.DefaultPath(ReportSpan.ParseWeek("2026-W46")));
        Assert.Equal(Path.Combine("data", "reports", "monthly-2026-11.pdf"), ReportFiles.DefaultPath(ReportSpan.ParseMonth("2026-11")));
    }
}
