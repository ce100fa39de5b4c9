using System.CommandLine;

namespace Analytics.Pipeline.Cli;

/// <summary>Options accepted before or after the command words.</summary>
public static class GlobalOptions
{
    public static readonly Option<FileInfo?> Config = new("--config")
    {
        Description = "Configuration file (default: analytics.json in the working directory, if present)",
        Recursive = true,
    };

    public static readonly Option<FileInfo?> Db = new("--db")
    {
        Description = "Warehouse file (default: data/analytics.duckdb)",
        Recursive = true,
    };

    public static readonly Option<string?> TimeZone = new("--timezone")
    {
        Description = "IANA time zone: for ingest, the zone of timestamps written without an offset; for every other command, "
            + "the reporting zone in which days, weeks and months are cut (default: Reporting.TimeZone, else the zone the data was loaded with, else UTC)",
        Recursive = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Show stack traces and progress details on stderr",
        Recursive = true,
    };

    public static void AddTo(RootCommand root)
    {
        root.Add(Config);
        root.Add(Db);
        root.Add(TimeZone);
        root.Add(Verbose);
    }
}
