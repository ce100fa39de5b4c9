using System.Diagnostics;
using Analytics.Reports;
using Analytics.Reports.Document;
using UglyToad.PdfPig;

namespace Analytics.Tests.Reports;

/// <summary>
/// The report's text is found and copied as written: a search for "Changes" or "+162" in a viewer, pdftotext, a mail
/// gateway's indexer. Every glyph of a line follows the one before at its own advance, so no tool reads a gap inside a
/// word ("C hanges", "+16 2" when advances were rounded by hinting).
/// </summary>
public class SearchableTextTests
{
    private static readonly Lazy<byte[]> Pdf = new(() => ReportOutput.Render(SampleReport.Busy(), "searchable.pdf"));

    [Fact]
    public void Each_glyph_of_a_word_starts_where_the_one_before_it_ends()
    {
        using var document = PdfDocument.Open(Pdf.Value);
        var gaps = new List<string>();
        foreach (var page in document.GetPages())
        {
            foreach (var word in page.GetWords())
            {
                for (var i = 1; i < word.Letters.Count; i++)
                {
                    var (before, letter) = (word.Letters[i - 1], word.Letters[i]);
                    // A word is one run of glyphs; what overlaps by much is two labels drawn apart (a chart's axes).
                    var gap = letter.StartBaseLine.X - before.EndBaseLine.X;
                    if (Math.Abs(gap) > 0.01 && Math.Abs(gap) < 0.3 * letter.PointSize)
                    {
                        gaps.Add($"page {page.Number}: \"{word.Text}\" {gap:+0.00;-0.00} pt before '{letter.Value}'");
                    }
                }
            }
        }
        Assert.Empty(gaps);
    }

    [Fact]
    public void Pdftotext_finds_the_summarys_labels_and_changes_as_words()
    {
        var text = Pdftotext(Pdf.Value);
        var words = text.Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var flowing = string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));

        foreach (var phrase in new[] { "Changes are against", "Resolution median", "FRT median", "Tickets created", "First-response SLA", "Category" })
        {
            Assert.Contains(phrase, flowing, StringComparison.Ordinal);
        }
        // The tiles' values and changes as the KPI table formats them, each a word of its own.
        foreach (var tile in SampleReport.Busy().Tiles)
        {
            foreach (var part in KpiFormat.Value(tile.Column, KpiUnits.Boxed(tile.Column, tile.Value)).Split(' '))
            {
                Assert.Contains(part, words);
            }
        }
        Assert.Contains("+162", words);
        Assert.Contains("-2.4", words);
    }

    /// <summary>The text of the PDF as poppler's pdftotext extracts it (Debian's poppler-utils, which .ci/run installs).</summary>
    private static string Pdftotext(byte[] pdf)
    {
        var file = Path.Combine(ReportOutput.Folder("pdf"), "searchable-pdftotext.pdf");
        File.WriteAllBytes(file, pdf);
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(file);
        start.ArgumentList.Add("-");
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("pdftotext is not installed: apt-get install -y poppler-utils (README, \"The two commands\")", ex);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return output;
        }
    }
}
