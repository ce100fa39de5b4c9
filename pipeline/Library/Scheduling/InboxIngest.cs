using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Ingest;
using Analytics.Pipeline.Text;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Scheduling;

/// <summary>What one pass over an inbox did.</summary>
public sealed record InboxResult(string Source, int Loaded, int Failed, IReadOnlyList<string> Errors);

/// <summary>
/// The ingest job: every export file at the top of each source's inbox is loaded with the source's options and
/// then moved to <c>processed/</c>, or, when it cannot be loaded, to <c>failed/</c> with a <c>.error.txt</c>
/// beside it saying why. Files whose name starts with '.' are still being written and are left for the next run.
/// </summary>
public static class InboxIngest
{
    public const string ProcessedFolder = "processed";
    public const string FailedFolder = "failed";

    public static IReadOnlyList<InboxResult> Run(DuckDBConnection db, IEnumerable<SourceSettings> sources, string workingDirectory, CancellationToken ct)
    {
        var results = new List<InboxResult>();
        foreach (var source in sources.Where(s => !string.IsNullOrWhiteSpace(s.Inbox)))
        {
            var inbox = Path.GetFullPath(source.Inbox!, workingDirectory);
            if (!Directory.Exists(inbox))
            {
                Directory.CreateDirectory(inbox);
                results.Add(new InboxResult(source.Name, 0, 0, []));
                continue;
            }
            var options = IngestOptions.From(source);
            var files = Directory.EnumerateFiles(inbox, "*", SearchOption.TopDirectoryOnly)
                .Where(f => !Path.GetFileName(f).StartsWith('.') && Ingestor.IsExportFile(f))
                .Order(StringComparer.Ordinal)
                .ToList();
            int loaded = 0, failed = 0;
            var errors = new List<string>();
            foreach (var file in files)
            {
                ct.ThrowIfCancellationRequested();
                try
                {
                    new FileIngestor(db, options).Ingest(file);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    var moved = MoveInto(file, Path.Combine(inbox, FailedFolder));
                    File.WriteAllText(moved + ".error.txt", $"{Path.GetFileName(file)} was not loaded into source '{source.Name}' at {DateTimeOffset.UtcNow:yyyy-MM-ddTHH:mm:ssZ}:\n{ex.Message}\n");
                    errors.Add($"{Path.GetFileName(file)}: {ex.Message.Split('\n')[0]}");
                    failed++;
                    continue;
                }
                MoveInto(file, Path.Combine(inbox, ProcessedFolder));
                loaded++;
            }
            results.Add(new InboxResult(source.Name, loaded, failed, errors));
        }
        if (results.Any(r => r.Loaded > 0))
        {
            TextSentiments.Refresh(db);
        }
        return results;
    }

    /// <summary>One line for job_runs.message.</summary>
    public static string Describe(IReadOnlyList<InboxResult> results)
    {
        if (results.Count == 0)
        {
            return "no source has an inbox";
        }
        var parts = results.Select(r => r.Failed == 0
            ? $"{r.Source}: {r.Loaded} file(s) loaded"
            : $"{r.Source}: {r.Loaded} file(s) loaded, {r.Failed} failed ({string.Join("; ", r.Errors)})");
        return string.Join("; ", parts);
    }

    /// <summary>Moves a file into a folder, keeping its name unless one is taken there (then a time stamp is added).</summary>
    private static string MoveInto(string file, string folder)
    {
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, Path.GetFileName(file));
        if (File.Exists(target))
        {
            target = Path.Combine(folder, $"{DateTimeOffset.UtcNow:yyyyMMddTHHmmssfff}-{Path.GetFileName(file)}");
        }
        File.Move(file, target);
        return target;
    }
}
