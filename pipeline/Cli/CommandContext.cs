using System.CommandLine;
using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Warehouse;

namespace Analytics.Pipeline.Cli;

/// <summary>
/// What every command needs: the loaded settings, the warehouse path and the command's <c>--timezone</c>.
/// Commands open the warehouse through it, so that the reporting zone is chosen the same way everywhere
/// (<see cref="ReportingZones"/>) and its warning goes to stderr.
/// </summary>
public sealed record CommandContext(AnalyticsSettings Settings, string DatabasePath, bool Verbose, string? TimeZone = null)
{
    public const string DefaultDatabasePath = "data/analytics.duckdb";

    public static CommandContext From(ParseResult parse)
    {
        var settings = SettingsLoader.Load(parse.GetValue(GlobalOptions.Config)?.FullName, Directory.GetCurrentDirectory());
        var db = parse.GetValue(GlobalOptions.Db)?.FullName ?? Path.GetFullPath(DefaultDatabasePath);
        var zone = OptionValues.TimeZone("--timezone", parse.GetValue(GlobalOptions.TimeZone));
        return new CommandContext(settings, db, parse.GetValue(GlobalOptions.Verbose), zone);
    }

    /// <summary>The warehouse read-only, computing in the reporting zone chosen for this command.</summary>
    public WarehouseSession OpenReadOnly() => WarehouseSession.OpenReadOnly(DatabasePath, Settings, TimeZone, Warn, Note);

    /// <summary>The warehouse for writing, computing in the reporting zone chosen for this command.</summary>
    public WarehouseSession OpenForWrite() => WarehouseSession.OpenForWrite(DatabasePath, Settings, TimeZone, Warn, Note);

    /// <summary>
    /// The settings with the reporting zone as it stands now, for a long-running command whose schedules are set
    /// at start: <c>--timezone</c>, else the configuration, else the zone of the warehouse's files (when it exists).
    /// </summary>
    public AnalyticsSettings SettingsAtStart()
    {
        if (TimeZone is { } zone)
        {
            return Settings.WithReportingZone(zone, ZoneOrigin.CommandLine);
        }
        if (Settings.Reporting.Origin != ZoneOrigin.Default || !File.Exists(DatabasePath))
        {
            return Settings;
        }
        using var session = OpenReadOnly();
        return session.Settings;
    }

    /// <summary>A warning on stderr, which never mixes with JSON or CSV on stdout.</summary>
    public static void Warn(string message) => Console.Error.WriteLine("warning: " + message);

    /// <summary>A note on stderr about work done on the way.</summary>
    public static void Note(string message) => Console.Error.WriteLine("note: " + message);
}
