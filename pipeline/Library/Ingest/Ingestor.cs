namespace Analytics.Pipeline.Ingest;

/// <summary>Which files an ingest of some paths loads: files as given, every export file below a folder in name order.</summary>
public static class Ingestor
{
    private static readonly string[] Extensions = [".csv", ".tsv", ".txt", ".jsonl", ".ndjson", ".csv.gz", ".jsonl.gz", ".ndjson.gz"];

    /// <summary>Whether the file name has an export file extension (.csv, .jsonl, .csv.gz, ...).</summary>
    public static bool IsExportFile(string path) => Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

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
                throw new UserInputException($"{path}: no such file or folder");
            }
        }
        return files;
    }
}
