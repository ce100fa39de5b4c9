using System.Text.Json;

namespace Analytics.Domain;

/// <summary>
/// One column of the KPI table (<c>kpi()</c> and the <c>kpi_daily</c>, <c>kpi_weekly</c>, <c>kpi_monthly</c> views):
/// what a person reads it as and what it means.
/// </summary>
/// <param name="Column">Its name in the KPI table.</param>
/// <param name="Label">Its name for people: a report tile's title.</param>
/// <param name="Unit">What its number is, which decides how it is printed.</param>
/// <param name="Decimals">Digits after the point when printed (of the percentage, for a share).</param>
/// <param name="Direction">Whether a rise is good news.</param>
/// <param name="Definition">What it means: the views' column comment and the report's definition.</param>
/// <param name="SampleSize">The column counting what a rate, mean or median is of (csat_n for csat_pct); none for a
/// count or where no single count is.</param>
/// <param name="Basis">For a duration whose figures may be on the other hours basis than the one asked for, the
/// column saying which they are on (frt_basis for frt_median_min); none where it is always the one asked for.</param>
public sealed record KpiColumn(string Column, string Label, KpiUnit Unit, int Decimals, Direction Direction, string Definition,
    string? SampleSize = null, string? Basis = null);

/// <summary>
/// The KPI table's columns, in its order, read from <c>queries/kpi/columns.json</c>: the one place their label, unit,
/// decimals, direction and definition are written (docs/architecture.md, "KPI column metadata"). The warehouse's
/// column comments, the report's tiles, <c>KpiFormat</c> and docs/kpis.md's table of columns all come from it.
/// </summary>
public static class KpiColumns
{
    /// <summary>The name the file is embedded under, as the library embeds the rest of <c>queries/</c>.</summary>
    public const string Resource = "queries/kpi/columns.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new ClosedSetJsonConverter() },
    };

    /// <summary>Every column, in the KPI table's order.</summary>
    public static IReadOnlyList<KpiColumn> All { get; } = Load();

    private static readonly Dictionary<string, KpiColumn> ByName = All.ToDictionary(c => c.Column, StringComparer.Ordinal);

    /// <summary>The column of that name; null for one that is not a KPI column (an ROI figure, a count of rows).</summary>
    public static KpiColumn? Find(string column) => ByName.GetValueOrDefault(column);

    /// <summary>The column of that name; an error for one that is not a KPI column.</summary>
    public static KpiColumn Get(string column) =>
        Find(column) ?? throw new ArgumentException($"{column} is not a column of the KPI table (queries/kpi/columns.json)", nameof(column));

    private static List<KpiColumn> Load()
    {
        using var stream = typeof(KpiColumns).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is not embedded in {typeof(KpiColumns).Assembly.GetName().Name}");
        return JsonSerializer.Deserialize<List<KpiColumn>>(stream, Json)
            ?? throw new InvalidOperationException($"{Resource} holds no columns");
    }
}
