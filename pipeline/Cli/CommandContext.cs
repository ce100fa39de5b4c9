using System.CommandLine;
using Analytics.Pipeline.Configuration;

namespace Analytics.Pipeline.Cli;

/// <summary>What every command needs: the loaded settings and the warehouse path.</summary>
public sealed record CommandContext(AnalyticsSettings Settings, string DatabasePath, bool Verbose)
{
    public const string DefaultDatabasePath = "data/analytics.duckdb";

    public static CommandContext From(ParseResult parse)
    {
        var settings = SettingsLoader.Load(parse.GetValue(GlobalOptions.Config)?.FullName, Directory.GetCurrentDirectory());
        var db = parse.GetValue(GlobalOptions.Db)?.FullName ?? Path.GetFullPath(DefaultDatabasePath);
        return new CommandContext(settings, db, parse.GetValue(GlobalOptions.Verbose));
    }
}
