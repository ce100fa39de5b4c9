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
    private const string FirstViewOnStoredRows = TicketDaysDefinition;

    /// <summary>The definition of the backlog's counts per day, the first file that reads the stored rows.</summary>
    internal const string TicketDaysDefinition = "views/kpi_ticket_days.sql";

    /// <summary>The views of the KPI table over all the data (<c>queries/views/kpi_periods.sql</c>), whose columns are documented.</summary>
    private static readonly string[] PeriodViews = ["kpi_daily", "kpi_weekly", "kpi_monthly"];

    /// <summary>
    /// The files of <c>queries/views/</c> in the order they run: the list in <c>queries/views/order.txt</c>, the one
    /// place that order is written (docs/architecture.md, "SQL files"). Every file of the folder is in it once.
    /// </summary>
    public static IReadOnlyList<string> Order()
    {
        var listed = SqlFiles.Read("views/order.txt").Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => "views/" + line)
            .ToList();
        var files = SqlFiles.List("views").Where(name => name.EndsWith(".sql", StringComparison.Ordinal)).ToList();
        if (listed.Count != listed.Distinct(StringComparer.Ordinal).Count() || !listed.Order(StringComparer.Ordinal).SequenceEqual(files))
        {
            throw new InvalidOperationException(
                $"queries/views/order.txt must list every .sql file of queries/views/ once: it lists {string.Join(", ", listed)}; the folder holds {string.Join(", ", files)}");
        }
        return listed;
    }

    /// <summary>
    /// The files of <c>queries/views/</c> the stored per-ticket rows are computed from: those before
    /// <see cref="FirstViewOnStoredRows"/>. A change to one of them changes the rows (<see cref="KpiFacts"/>); the files
    /// after it (the KPI table, ROI, sentiment views) only read the rows.
    /// </summary>
    public static IReadOnlyList<string> RowDefinitions() => [.. Order().TakeWhile(name => name != FirstViewOnStoredRows)];

    /// <returns>What was done about the stored per-ticket rows, for a note; null when they served as they were.</returns>
    public static string? Refresh(DuckDBConnection connection, AnalyticsSettings settings, bool persistent)
    {
        connection.Execute(SqlFiles.Read("ingest/macros.sql"));
        connection.Execute(Scoped(SqlFiles.Read("settings/tables.sql"), persistent));
        SettingsTables.Fill(connection, settings);
        connection.Execute(Scoped(Sql.WithLiterals(SqlFiles.Read("settings/reporting_zone.sql"),
            new Dictionary<string, object?> { ["zone"] = settings.Reporting.TimeZone }), persistent));
        ZoneOffsets(connection, persistent);
        string? facts = null;
        foreach (var name in Order())
        {
            if (name == FirstViewOnStoredRows)
            {
                facts = KpiFacts.Ensure(connection, settings, persistent);
            }
            connection.Execute(Scoped(SqlFiles.Read(name), persistent));
        }
        if (persistent)
        {
            connection.Execute(ColumnComments());
        }
        return facts;
    }

    /// <summary>
    /// The comments of the KPI views' columns, one per column of <see cref="KpiColumns"/> (queries/kpi/columns.json):
    /// an analyst's <c>DESCRIBE</c> and the report's definitions read them (queries/report/definitions.sql). Made here,
    /// not written in a SQL file, so that the definitions are written once; the view and column names are identifiers
    /// of the program's own and the definitions SQL literals (a comment takes no parameter). Temporary views carry no
    /// comments (<see cref="Scoped"/>).
    /// </summary>
    internal static string ColumnComments() => string.Concat(
        from view in PeriodViews
        from column in KpiColumns.All
        select $"COMMENT ON COLUMN {view}.{Sql.Ident(column.Column)} IS {Sql.Literal(column.Definition)};\n");

    /// <summary>The table of UTC offsets of the settings' zones, filled zone by zone with the zone as a constant.</summary>
    private static void ZoneOffsets(DuckDBConnection connection, bool persistent)
    {
        connection.Execute(Scoped(SqlFiles.Read("settings/zone_offsets.sql"), persistent));
        var zones = new List<string>();
        using (var command = connection.Create(SqlFiles.Read("settings/zones.sql")))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                zones.Add(reader.GetString(0));
            }
        }
        foreach (var zone in zones.Distinct(StringComparer.Ordinal))
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
