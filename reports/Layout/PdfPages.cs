using SkiaSharp;

namespace Analytics.Reports.Layout;

/// <summary>
/// Draws laid-out pages into a PDF with SkiaSharp's SKDocument: fonts embedded as subsets, charts as vectors.
/// The metadata carries no dates, so the same model gives the same text and layout every time.
/// </summary>
public static class PdfPages
{
    public static void Write(Stream output, PageFrame frame, IReadOnlyList<IReadOnlyList<PlacedBlock>> pages, string title)
    {
        var metadata = new SKDocumentPdfMetadata
        {
            Title = title,
            Creator = "Analytics.Reports",
            Producer = "SkiaSharp",
            RasterDpi = 300,
            EncodingQuality = 101,
            PdfA = false,
        };
        using var stream = new SKManagedWStream(output);
        using var document = SKDocument.CreatePdf(stream, metadata)
            ?? throw new InvalidOperationException("SkiaSharp could not start a PDF document.");
        for (var i = 0; i < pages.Count; i++)
        {
            var canvas = document.BeginPage(PageGeometry.Width, PageGeometry.Height);
            frame.Draw(canvas, i + 1, pages.Count);
            foreach (var block in pages[i])
            {
                canvas.Save();
                block.Draw(canvas, block.Box);
                canvas.Restore();
            }
            document.EndPage();
        }
        document.Close();
    }
}
