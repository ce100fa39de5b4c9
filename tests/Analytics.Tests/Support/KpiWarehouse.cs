using System.Text;
using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Kpis;
using Microsoft.Data.Analysis;
using Microsoft.Extensions.Configuration;

namespace Analytics.Tests.Support;

/// <summary>
/// A real warehouse for KPI tests: load small canonical CSV exports through the real ingest (a fixture
/// row that would be quarantined fails the test), then read the KPI SQL through <see cref="KpiEngine"/>.
/// </summary>
public sealed class KpiWarehouse : IDisposable
{
    private readonly TempWarehouse _w = new();
    private int _files;

    /// <param name="configJson">The configuration file's content, as a user would write it (null: the defaults).</param>
    public KpiWarehouse(string? configJson = null)
    {
        _w.Settings = configJson is null ? new AnalyticsSettings() : Settings(configJson);
    }

    public TempWarehouse Warehouse => _w;

    public AnalyticsSettings Config => _w.Settings;

    /// <summary>Binds a configuration file's JSON with the product's own loader (and its checks).</summary>
    public static AnalyticsSettings Settings(string json) =>
        SettingsLoader.Bind(new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build());

    /// <summary>Loads one canonical export (tickets, surveys or customers: the header tells) and checks every row loaded.</summary>
    public KpiWarehouse Load(string header, params string[] rows) => LoadAs(null, header, rows);

    /// <summary>As <see cref="Load"/>, into the source <paramref name="source"/> (null: the format's name, "canonical").</summary>
    public KpiWarehouse LoadAs(string? source, string header, params string[] rows)
    {
        var path = _w.Write($"export-{++_files}.csv", header + "\n" + string.Join("\n", rows) + "\n");
        _w.Ingest(path, new Analytics.Pipeline.Ingest.IngestOptions { SourceName = source });
        var quarantined = _w.Rows("SELECT line, reason FROM quarantine WHERE path = $path", new { path });
        if (quarantined.Count > 0)
        {
            throw new InvalidOperationException("fixture rows quarantined: " + string.Join("; ", quarantined.Select(q => $"line {q["line"]}: {q["reason"]}")));
        }
        return this;
    }

    public DataFrame Kpi(string from, string to, Grain grain = Grain.Week, Dimension? dim = null, HoursBasis hours = HoursBasis.Calendar) =>
        Engine.Table(new KpiRequest(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), grain, dim, hours));

    public DataFrame Roi() => Engine.Roi();

    public KpiEngine Engine => new(_w.Db, _w.Settings.Reporting.TimeZone);

    /// <summary>The frame's rows as column name to value (null for a missing value).</summary>
    public static List<Dictionary<string, object?>> Rows(DataFrame frame) =>
        frame.Rows.Select(row => frame.Columns.Select((c, i) => (c.Name, Value: row[i])).ToDictionary(p => p.Name, p => (object?)p.Value)).ToList();

    /// <summary>The only row of the frame.</summary>
    public static Dictionary<string, object?> Single(DataFrame frame) => Assert.Single(Rows(frame));

    public void Dispose() => _w.Dispose();
}
