using Analytics.Pipeline.Configuration;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Warehouse;

/// <summary>The reporting zone a command computes in, where it comes from, and what to warn about.</summary>
public sealed record ZoneChoice(string TimeZone, ZoneOrigin Origin, string? Warning = null);

/// <summary>
/// Chooses the reporting zone (docs/kpis.md, "The reporting zone"): <c>--timezone</c> for one command; else
/// <c>Reporting.TimeZone</c> when configured; else the zone the warehouse's files were read in when they all
/// agree; else UTC, with a warning once the warehouse holds data, since periods cut in a zone other than the
/// help desk's are a silent error.
/// </summary>
public static class ReportingZones
{
    /// <param name="commandLine">The command's <c>--timezone</c>, already checked; null when not given.</param>
    /// <param name="ingested">The distinct zones loaded files were read in (<c>ingest_log.time_zone</c>).</param>
    /// <param name="hasFiles">Whether any file has been loaded at all.</param>
    public static ZoneChoice Choose(ReportingSettings configured, string? commandLine, IReadOnlyList<string> ingested, bool hasFiles)
    {
        ArgumentNullException.ThrowIfNull(configured);
        ArgumentNullException.ThrowIfNull(ingested);
        if (commandLine is not null)
        {
            return new ZoneChoice(commandLine, ZoneOrigin.CommandLine);
        }
        if (configured.Origin != ZoneOrigin.Default)
        {
            return new ZoneChoice(configured.TimeZone, configured.Origin);
        }
        const string Fix = "set Reporting.TimeZone in the configuration, or pass --timezone";
        return ingested.Count switch
        {
            1 => new ZoneChoice(ingested[0], ZoneOrigin.Ingested),
            0 => new ZoneChoice("UTC", ZoneOrigin.Default, hasFiles
                ? $"no reporting time zone is configured and none was given when the data was loaded: days, weeks and months are cut in UTC ({Fix})"
                : null),
            _ => new ZoneChoice("UTC", ZoneOrigin.Default,
                $"the data was loaded in {ingested.Count} time zones ({string.Join(", ", ingested)}): days, weeks and months are cut in UTC ({Fix})"),
        };
    }

    /// <summary>The choice for <paramref name="settings"/> and the files of the warehouse open on <paramref name="db"/>.</summary>
    public static ZoneChoice Choose(DuckDBConnection db, AnalyticsSettings settings, string? commandLine)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (commandLine is not null || settings.Reporting.Origin != ZoneOrigin.Default)
        {
            return Choose(settings.Reporting, commandLine, [], hasFiles: true);
        }
        var (zones, files) = Ingested(db);
        return Choose(settings.Reporting, commandLine, zones, files > 0);
    }

    /// <summary>
    /// A warning when files just loaded were read in a zone other than the reporting zone: given with
    /// <c>--timezone</c> (or the source's TimeZone) and different, or not given for a vendor export, whose
    /// timestamps never carry an offset and were therefore read as UTC while nothing says UTC is the account's
    /// zone. Null when they agree.
    /// </summary>
    public static string? FilesWarning(IReadOnlyList<Ingest.IngestResult> loaded, string? fileZone, ZoneChoice reporting)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(reporting);
        var files = loaded.Where(r => r.Status == Ingest.IngestStatus.Loaded).ToList();
        if (files.Count == 0)
        {
            return null;
        }
        var where = reporting.Origin switch
        {
            ZoneOrigin.Configured => "Reporting.TimeZone",
            ZoneOrigin.Ingested => "the zone of the files loaded before",
            ZoneOrigin.CommandLine => "the command's --timezone",
            _ => "no zone is configured or given",
        };
        if (fileZone is not null)
        {
            // A choice that warns already (the files disagree) has said it.
            return fileZone == reporting.TimeZone || reporting.Warning is not null
                ? null
                : $"the files' times were read in {fileZone}, but days, weeks and months are cut in {reporting.TimeZone} ({where}); "
                  + "reports will not follow the help desk's own days unless both agree";
        }
        var vendor = files.FirstOrDefault(r => r.Vendor is Ingest.Vendors.Zendesk or Ingest.Vendors.Freshdesk or Ingest.Vendors.ServiceNow)?.Vendor;
        // UTC configured on purpose: the account is in UTC.
        return vendor is null || (reporting.TimeZone == "UTC" && reporting.Origin == ZoneOrigin.Configured)
            ? null
            : $"{vendor} exports write local times without an offset; with no --timezone they were read as UTC, "
              + $"and days, weeks and months are cut in {reporting.TimeZone} ({where}); give the account's zone with --timezone when loading vendor exports";
    }

    /// <summary>The distinct zones files were read in, and how many files the warehouse holds.</summary>
    public static (IReadOnlyList<string> Zones, long Files) Ingested(DuckDBConnection db)
    {
        ArgumentNullException.ThrowIfNull(db);
        using var command = db.Create(SqlFiles.Read("ingest/ingested_zones.sql"));
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetFieldValue<List<string>>(0), reader.GetInt64(1));
    }
}
