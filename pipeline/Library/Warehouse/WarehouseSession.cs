using Analytics.Pipeline.Configuration;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Warehouse;

/// <summary>
/// The warehouse opened for one command, with the settings it computes with: the configuration with the
/// reporting zone chosen for this command and this warehouse (<see cref="ReportingZones"/>). The SQL views and
/// the C# code therefore cut days, weeks and months in the same zone.
/// <para>
/// A writer stores the views with the zone that holds without a command-line override (what an analyst with
/// any DuckDB client gets); a <c>--timezone</c> given to a writing command shadows them with temporary views
/// for that command only.
/// </para>
/// </summary>
public sealed class WarehouseSession : IDisposable
{
    private readonly AnalyticsSettings _configured;
    private readonly string? _zoneOverride;
    private readonly bool _persistent;
    private readonly Action<string>? _warn;
    private readonly Action<string>? _note;

    private WarehouseSession(DuckDBConnection db, AnalyticsSettings configured, string? zoneOverride, bool persistent, Action<string>? warn, Action<string>? note)
    {
        _note = note;
        Db = db;
        _configured = configured;
        _zoneOverride = zoneOverride;
        _persistent = persistent;
        _warn = warn;
        Settings = configured;
        Zone = new ZoneChoice(configured.Reporting.TimeZone, configured.Reporting.Origin);
    }

    public DuckDBConnection Db { get; }

    /// <summary>The configuration with the chosen reporting zone.</summary>
    public AnalyticsSettings Settings { get; private set; }

    /// <summary>The reporting zone and where it comes from.</summary>
    public ZoneChoice Zone { get; private set; }

    /// <param name="zoneOverride">The command's <c>--timezone</c>, already checked; null when not given.</param>
    /// <param name="warn">Where a warning about the zone goes (stderr for the CLI).</param>
    /// <param name="note">Where a note about the work done goes (the KPI rows computed again, or for this command).</param>
    public static WarehouseSession OpenForWrite(string path, AnalyticsSettings settings, string? zoneOverride = null, Action<string>? warn = null,
        Action<string>? note = null) =>
        Adopt(WarehouseDb.ConnectForWrite(path), settings, zoneOverride, persistent: true, warn, note);

    public static WarehouseSession OpenReadOnly(string path, AnalyticsSettings settings, string? zoneOverride = null, Action<string>? warn = null,
        Action<string>? note = null) =>
        Adopt(WarehouseDb.ConnectReadOnly(path), settings, zoneOverride, persistent: false, warn, note);

    /// <summary>A session over a connection already open (and, for a writer, migrated).</summary>
    public static WarehouseSession Adopt(DuckDBConnection db, AnalyticsSettings settings, string? zoneOverride, bool persistent, Action<string>? warn,
        Action<string>? note = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(settings);
        var session = new WarehouseSession(db, settings, zoneOverride, persistent, warn, note);
        try
        {
            session.Refresh();
        }
        catch
        {
            db.Dispose();
            throw;
        }
        return session;
    }

    /// <summary>
    /// Chooses the zone again, after files were loaded (they may have settled it), and refreshes the views when
    /// it changed. Returns the new choice.
    /// </summary>
    public ZoneChoice Rechoose()
    {
        var before = Zone;
        var choice = ReportingZones.Choose(Db, _configured, _zoneOverride);
        if (choice != before)
        {
            Refresh();
        }
        return Zone;
    }

    private void Refresh()
    {
        var stored = ReportingZones.Choose(Db, _configured, null);
        if (_persistent && Views.Refresh(Db, _configured.WithReportingZone(stored.TimeZone, stored.Origin), persistent: true) is { } rebuilt)
        {
            _note?.Invoke(rebuilt);
        }
        var choice = _zoneOverride is null ? stored : ReportingZones.Choose(Db, _configured, _zoneOverride);
        Settings = _configured.WithReportingZone(choice.TimeZone, choice.Origin);
        if ((!_persistent || _zoneOverride is not null) && Views.Refresh(Db, Settings, persistent: false) is { } computed)
        {
            _note?.Invoke(computed);
        }
        if (choice.Warning is { } warning && warning != Zone.Warning)
        {
            _warn?.Invoke(warning);
        }
        Zone = choice;
    }

    public void Dispose() => Db.Dispose();
}
