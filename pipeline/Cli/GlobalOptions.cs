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

    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Show stack traces and progress details on stderr",
        Recursive = true,
    };

    public static void AddTo(RootCommand root)
    {
        root.Add(Config);
        root.Add(Db);
        root.Add(Verbose);
    }
}
