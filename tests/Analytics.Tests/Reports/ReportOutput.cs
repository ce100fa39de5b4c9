using UglyToad.PdfPig;

namespace Analytics.Tests.Reports;

/// <summary>Where report tests leave their PDFs and PNGs for people to look at, and how they read a PDF back.</summary>
public static class ReportOutput
{
    public static string Folder(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "report-output", name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Renders the model to a PDF file in the output folder and returns its bytes.</summary>
    public static byte[] Render(Analytics.Reports.Model.ReportModel model, string fileName)
    {
        using var memory = new MemoryStream();
        Analytics.Reports.ReportDocument.Render(model, memory);
        var bytes = memory.ToArray();
        File.WriteAllBytes(Path.Combine(Folder("pdf"), fileName), bytes);
        return bytes;
    }

    /// <summary>Each page's words joined by single spaces, as a reader (or a mail check) would extract them.</summary>
    public static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))];
    }

    /// <summary>(width, height) from a PNG's header, after checking its signature.</summary>
    public static (int Width, int Height) PngSize(string path)
    {
        var bytes = File.ReadAllBytes(path);
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        Assert.Equal(signature, bytes[..8]); // a PNG
        int BigEndian(int at) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
        return (BigEndian(16), BigEndian(20));
    }
}
