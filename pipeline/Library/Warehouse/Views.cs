using System.Text.RegularExpressions;
using Analytics.Pipeline.Configuration;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Warehouse;

/// <summary>
/// (Re)creates the settings tables, views and macros the KPIs are defined by (<c>queries/settings/</c>,
/// <c>queries/views/</c>) and the ingest's cleaning macros.
/// <para>
/// A writer stores them in the warehouse file, so that an analyst with any DuckDB client queries the
/// same definitions with the settings of the last pipeline run. A read-only session cannot write the
/// file: it creates the same objects as temporary ones, which DuckDB resolves before the stored ones, so
/// the session computes with the current configuration and the current definitions.
/// </para>
/// </summary>
public static partial class Views
{
    /// <summary>Views from this file on read the stored per-ticket rows, which are made current just before (<see cref="KpiFacts"/>).</summary>
    private const string FirstViewOnStoredRows = "views/030_kpi.sql";

    /// <returns>What was done about the stored per-ticket rows, for a note; null when they served as they were.</returns>
    public static string? Refresh(DuckDBConnection connection, AnalyticsSettings settings, bool persistent)
    {
        connection.Execute(SqlFiles.Read("ingest/macros.sql"));
        connection.Execute(Scoped(SqlFiles.Read("settings/tables.sql"), persistent));
        SettingsTables.Fill(connection, settings);
        ZoneOffsets(connection, persistent);
        string? facts = null;
        foreach (var name in SqlFiles.List("views"))
        {
            if (name == FirstViewOnStoredRows)
            {
                facts = KpiFacts.Ensure(connection, settings, persistent);
            }
            var sql = Scoped(SqlFiles.Read(name), persistent);
            // A file of comments only (column documentation) has nothing to run in a temporary scope.
            if (sql.Split('\n').Any(line => line.Trim() is { Length: > 0 } text && !text.StartsWith("--", StringComparison.Ordinal)))
            {
                connection.Execute(sql);
            }
        }
        return facts;
    }

    /// <summary>The table of UTC offsets of the settings' zones, filled zone by zone with the zone as a constant.</summary>
    private static void ZoneOffsets(DuckDBConnection connection, bool persistent)
    {
        connection.Execute(Scoped(SqlFiles.Read("settings/zone_offsets.sql"), persistent));
        var zones = new[] { "reporting_time_zone", "business_time_zone" }
            .Select(column => connection.Scalar<string>($"SELECT {column} FROM kpi_settings"))
            .Distinct(StringComparer.Ordinal);
        foreach (var zone in zones)
        {
            connection.Execute(SqlFiles.Read("settings/zone_offsets_of.sql"), new { zone });
        }
    }

    /// <summary>The SQL as written (persistent objects), or with every object temporary and no comments.</summary>
    internal static string Scoped(string sql, bool persistent) =>
        persistent ? sql : CommentStatement().Replace(CreateStatement().Replace(sql, "CREATE OR REPLACE TEMP $1"), "");

    [GeneratedRegex(@"\bCREATE OR REPLACE (TABLE|VIEW|MACRO)\b")]
    private static partial Regex CreateStatement();

    [GeneratedRegex(@"^COMMENT ON [^\n]*;[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex CommentStatement();
}
