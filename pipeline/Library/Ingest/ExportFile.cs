using System.IO.Compression;
using System.Security.Cryptography;

namespace Analytics.Pipeline.Ingest;

public enum ExportFormat { Csv, JsonLines }

/// <summary>
/// An export file as found on disk: its identity (SHA-256), container (plain or gzip) and format
/// (CSV with its delimiter, or JSON lines), decided from the first line.
/// </summary>
public sealed record ExportFile(string Path, long Bytes, string Sha256, bool Gzip, ExportFormat Format, char Delimiter)
{
    private static readonly char[] DelimiterCandidates = [',', ';', '\t', '|'];

    /// <summary>
    /// Inspects the file at <paramref name="path"/>; its SHA-256 is worked out from its content unless
    /// <paramref name="knownSha256"/> gives it (the file was recognised by its stamp, docs/ingest.md, step 1).
    /// </summary>
    public static ExportFile Inspect(string path, string? knownSha256 = null)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new UserInputException($"{path}: no such file");
        }
        var sha = knownSha256 ?? Sha256Of(path);
        var gzip = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        var firstLine = ReadFirstLine(path, gzip);
        var trimmed = firstLine.TrimStart('\uFEFF', ' ', '\t');
        var format = trimmed.StartsWith('{') ? ExportFormat.JsonLines : ExportFormat.Csv;
        var delimiter = format == ExportFormat.Csv ? DetectDelimiter(trimmed) : ',';
        return new ExportFile(path, info.Length, sha, gzip, format, delimiter);
    }

    private static string Sha256Of(string path)
    {
        // Read in large sequential blocks: the hash is what a file loaded before costs when its stamp does not tell
        // (docs/performance.md), and the default 4 KiB reads take a tenth longer than the hashing itself.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public static Stream OpenContent(string path, bool gzip)
    {
        var stream = File.OpenRead(path);
        return gzip ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }

    private static string ReadFirstLine(string path, bool gzip)
    {
        using var stream = OpenContent(path, gzip);
        // Latin-1 maps every byte to one char: the delimiters we look for are ASCII in every encoding we accept.
        using var reader = new StreamReader(stream, System.Text.Encoding.Latin1);
        string? line;
        while ((line = reader.ReadLine()) is not null && line.Trim().Length == 0)
        {
        }
        return line ?? throw new UserInputException($"{path}: the file is empty");
    }

    /// <summary>The candidate occurring most often outside quotes in the header line (comma on a tie).</summary>
    private static char DetectDelimiter(string header)
    {
        var counts = new Dictionary<char, int>();
        var quoted = false;
        foreach (var c in header)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && Array.IndexOf(DelimiterCandidates, c) >= 0)
            {
                counts[c] = counts.GetValueOrDefault(c) + 1;
            }
        }
        return counts.Count == 0 ? ',' : counts.OrderByDescending(kv => kv.Value).ThenBy(kv => Array.IndexOf(DelimiterCandidates, kv.Key)).First().Key;
    }
}
