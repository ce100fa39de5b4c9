using System.Text;
using Analytics.Pipeline.Configuration;

namespace Analytics.Pipeline.Ingest;

/// <summary>
/// A path DuckDB can read as UTF-8. UTF-8 files are read in place; a file in another configured encoding
/// (Latin-1, Windows-1251, ...) is decoded into a temporary UTF-8 copy, deleted afterwards. Without a
/// configured encoding a non-UTF-8 file is rejected by the reader (see <see cref="RawRelation.Explain"/>).
/// </summary>
public sealed class ReadableCopy : IDisposable
{
    private readonly string? _temporary;

    public string Path { get; }

    private ReadableCopy(string path, string? temporary)
    {
        Path = path;
        _temporary = temporary;
    }

    public static ReadableCopy For(ExportFile file, string? encodingName)
    {
        if (encodingName is null)
        {
            return new ReadableCopy(file.Path, null);
        }
        var encoding = SettingsValidation.Encoding("--encoding", encodingName);
        if (encoding.CodePage == Encoding.UTF8.CodePage)
        {
            return new ReadableCopy(file.Path, null);
        }
        var extension = file.Format == ExportFormat.Csv ? ".csv" : ".jsonl";
        var temporary = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"analytics-{Guid.NewGuid():N}{extension}");
        using (var input = new StreamReader(ExportFile.OpenContent(file.Path, file.Gzip), encoding, detectEncodingFromByteOrderMarks: false))
        using (var output = new StreamWriter(temporary, false, new UTF8Encoding(false)))
        {
            var buffer = new char[1 << 16];
            int read;
            while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Write(buffer, 0, read);
            }
        }
        return new ReadableCopy(temporary, temporary);
    }

    /// <summary>Whether the readable copy is gzip-compressed (a decoded copy never is).</summary>
    public bool Gzip(ExportFile file) => _temporary is null && file.Gzip;

    public void Dispose()
    {
        if (_temporary is not null)
        {
            File.Delete(_temporary);
        }
    }
}
