using Analytics.Pipeline.Ingest;
using Spectre.Console;

namespace Analytics.Pipeline.Cli;

/// <summary>A progress bar over the files of an ingest, on the terminal only (silent when redirected).</summary>
public static class IngestProgress
{
    private static readonly Dictionary<string, double> PhaseDone = new(StringComparer.Ordinal)
    {
        ["hashing"] = 5, ["loading tickets"] = 15, ["loading surveys"] = 15, ["loading customers"] = 15,
        ["loading ticket_events"] = 15, ["committing"] = 95,
    };

    public static IReadOnlyList<IngestResult> Run(IReadOnlyList<string> files, Func<string, Action<string>, IngestResult> ingest, bool verbose = false)
    {
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
                        task.Value = Math.Max(task.Value, PhaseDone.GetValueOrDefault(phase, task.Value));
                    }));
                    task.Value = 100;
                    overall.Increment(1);
                }
            });
        return results;
    }
}
