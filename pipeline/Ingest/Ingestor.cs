using DuckDB.NET.Data;

namespace Analytics.Pipeline.Ingest;

/// <summary>Ingests files and folders (every export file below a folder, in name order), one transaction per file.</summary>
public static class Ingestor
{
    private static readonly string[] Extensions = [".csv", ".tsv", ".txt", ".jsonl", ".ndjson", ".csv.gz", ".jsonl.gz", ".ndjson.gz"];

    /// <summary>The export files named by the paths: files as given, folders searched recursively.</summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new Cli.UserInputException($"{path}: no such file or folder");
            }
        }
        return files;
    }

    public static IReadOnlyList<IngestResult> IngestAll(
        DuckDBConnection db, IEnumerable<string> files, IngestOptions options, Action<string, string>? phase = null)
    {
        var ingestor = new FileIngestor(db, options);
        return files.Select(f => ingestor.Ingest(f, p => phase?.Invoke(f, p))).ToList();
    }
}
