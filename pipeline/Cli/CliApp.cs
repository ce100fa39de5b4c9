using System.CommandLine;
using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Reports;
using DuckDB.NET.Data;
using Spectre.Console;

namespace Analytics.Pipeline.Cli;

/// <summary>Builds the command tree and maps failures to the exit codes of the contract.</summary>
public static class CliApp
{
    /// <summary>The width given to the console library when output is not a terminal: wider than any line it prints.</summary>
    private const int UnwrappedWidth = 100_000;

    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("analytics: support analytics and KPI reporting pipeline");
        GlobalOptions.AddTo(root);
        root.Add(IngestCommand.Create());
        root.Add(KpiCommand.Create());
        root.Add(RoiCommand.Create());
        root.Add(ReportCommand.Create());
        root.Add(AlertsCommand.Create());
        root.Add(TextCommand.Create());
        root.Add(DriversCommand.Create());
        root.Add(SqlCommand.Create());
        root.Add(SampleDataCommand.Create());
        root.Add(DemoCommand.Create());
        root.Add(ServeCommand.Create());
        root.Add(StatusCommand.Create());
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        // Output to a file or a program is plain lines: the console library would wrap it at 80 columns, breaking a
        // command shown for copying in two (docs/architecture.md, "Terminal output").
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = UnwrappedWidth;
        }
        var root = BuildRoot();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync(error.Message);
            }
            await Console.Error.WriteLineAsync("Run 'analytics --help' for usage.");
            return ExitCodes.Usage;
        }

        var verbose = parse.GetValue(GlobalOptions.Verbose);
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is UserInputException or ConfigurationException)
        {
            await Console.Error.WriteLineAsync(verbose ? ex.ToString() : "error: " + ex.Message);
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (ex is DuckDBException or IOException or InvalidOperationException or ReportFailedException)
        {
            await Console.Error.WriteLineAsync(verbose ? ex.ToString() : "error: " + ex.Message);
            return ExitCodes.Failed;
        }
    }
}
