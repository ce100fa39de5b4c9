using Analytics.Pipeline.Ingest;
using Analytics.Pipeline.Text;
using DuckDB.NET.Data;
using Spectre.Console;

namespace Analytics.Pipeline.Cli;

/// <summary>A progress bar over the files of an ingest, on the terminal only (silent when redirected).</summary>
public static class IngestProgress
{
    /// <summary>How far a file is when a phase starts, by the phase's first word (FileIngestor's phases).</summary>
    private static readonly Dictionary<string, double> PhaseDone = new(StringComparer.Ordinal)
    {
        ["hashing"] = 2,
        ["recognised"] = 2,
        ["reading"] = 10,
        ["validating"] = 40,
        ["quarantining"] = 55,
        ["upserting"] = 65,
        ["committing"] = 95,
    };

    private static double Done(string phase, double current) =>
        Math.Max(current, PhaseDone.GetValueOrDefault(phase.Split(' ')[0], current));

    /// <summary>
    /// Ingests the files one by one (one transaction each), showing progress as it goes, then scores the sentiment of
    /// the texts they brought (<see cref="TextSentiments"/>).
    /// </summary>
    public static IReadOnlyList<IngestResult> Run(DuckDBConnection db, IReadOnlyList<string> files, IngestOptions options, bool verbose)
    {
        var results = Load(db, files, options, verbose);
        TextSentiments.Refresh(db);
        return results;
    }

    private static IReadOnlyList<IngestResult> Load(DuckDBConnection db, IReadOnlyList<string> files, IngestOptions options, bool verbose)
    {
        var ingest = new FileIngestor(db, options).Ingest;
        if (verbose)
        {
            // Each phase with the time since the file started, on stderr.
            return files.Select(f =>
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var result = ingest(f, phase => Console.Error.WriteLine($"{watch.Elapsed.TotalSeconds,8:F2}s  {Path.GetFileName(f)}: {phase}"));
                Console.Error.WriteLine($"{watch.Elapsed.TotalSeconds,8:F2}s  {Path.GetFileName(f)}: done");
                return result;
            }).ToList();
        }
        if (!Output.Interactive)
        {
            return files.Select(f => ingest(f, _ => { })).ToList();
        }
        var results = new List<IngestResult>();
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(progress =>
            {
                var overall = progress.AddTask($"{files.Count} file(s)", maxValue: Math.Max(1, files.Count));
                foreach (var file in files)
                {
                    var task = progress.AddTask(Markup.Escape(Path.GetFileName(file)), maxValue: 100);
                    results.Add(ingest(file, phase =>
                    {
                        task.Description = Markup.Escape($"{Path.GetFileName(file)}: {phase}");
                        task.Value = Done(phase, task.Value);
                    }));
                    task.Value = 100;
                    overall.Increment(1);
                }
            });
        return results;
    }
}
