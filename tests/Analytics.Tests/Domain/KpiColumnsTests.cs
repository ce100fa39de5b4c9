using System.Text;
using Analytics.Tests.Support;

namespace Analytics.Tests.Domain;

/// <summary>
/// queries/kpi/columns.json is the one place the KPI columns are described (docs/architecture.md, "KPI column
/// metadata"): the warehouse, the docs and the SQL's dimensions must agree with it.
/// </summary>
public sealed class KpiColumnsTests
{
    private const string Begin = "<!-- kpi-columns: made from queries/kpi/columns.json -->";
    private const string End = "<!-- kpi-columns: end -->";

    [Fact]
    public void The_table_of_columns_in_docs_kpis_md_is_the_columns_file()
    {
        var doc = File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "docs", "kpis.md")).ReplaceLineEndings("\n");
        var start = doc.IndexOf(Begin, StringComparison.Ordinal);
        var end = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/kpis.md has no table between '{Begin}' and '{End}'");
        var written = doc[(start + Begin.Length)..end].Trim('\n');

        var expected = DocTable();
        Assert.True(expected == written, "docs/kpis.md's table of columns is not queries/kpi/columns.json; paste this:\n" + expected);
    }

    [Fact]
    public void A_sample_size_names_a_count_column_and_is_given_for_each_median_of_first_response_and_resolution()
    {
        Assert.All(KpiColumns.All.Where(c => c.SampleSize is not null), c =>
            Assert.Equal(Analytics.Domain.KpiUnit.Count, KpiColumns.Get(c.SampleSize!).Unit));
        Assert.Equal("frt_n", KpiColumns.Get("frt_median_min").SampleSize);
        Assert.Equal("resolution_n", KpiColumns.Get("resolution_median_hours").SampleSize);
        Assert.Null(KpiColumns.Get("tickets_created").SampleSize);
        // A basis column is a text column of the table, given for first response's durations.
        Assert.All(KpiColumns.All.Where(c => c.Basis is not null), c => Assert.Equal(Analytics.Domain.KpiUnit.Text, KpiColumns.Get(c.Basis!).Unit));
        Assert.Equal("frt_basis", KpiColumns.Get("frt_median_min").Basis);
        Assert.Null(KpiColumns.Get("resolution_median_hours").Basis);
    }

    [Fact]
    public void The_kpi_views_have_the_files_columns_in_its_order_each_with_its_definition_as_comment()
    {
        using var w = new TempWarehouse();
        foreach (var view in new[] { "kpi_daily", "kpi_weekly", "kpi_monthly" })
        {
            var columns = w.Rows("SELECT column_name, comment FROM duckdb_columns() WHERE table_name = $view AND database_name = current_database() ORDER BY column_index", new { view });
            Assert.Equal(
                KpiColumns.All.Select(c => (c.Column, (string?)c.Definition)),
                columns.Select(c => ((string)c["column_name"]!, (string?)c["comment"])));
        }
    }

    [Fact]
    public void The_kpi_table_has_the_files_columns_after_the_dimension_and_its_value()
    {
        using var kpi = new KpiWarehouse();
        var frame = kpi.Kpi("2026-11-02", "2026-11-08", dim: Dimension.Team);
        Assert.Equal(
            ["period_start", "period_end", "dimension", "value", .. KpiColumns.All.Select(c => c.Column).Where(c => c is not ("period_start" or "period_end"))],
            frame.Columns.Select(c => c.Name));
    }

    [Fact]
    public void The_sql_knows_the_dimensions_the_program_does_and_no_other()
    {
        using var w = new TempWarehouse();
        foreach (var dimension in ClosedSet.Texts<Dimension>())
        {
            var column = dimension == "agent" ? "agent_id" : dimension;
            Assert.Equal(column, w.Scalar<string>(
                "SELECT dimension_value($dim, 'channel', 'category', 'priority', 'team', 'agent_id', 'source')", new { dim = dimension }));
        }
        Assert.Null(w.Scalar<string?>("SELECT dimension_value('agents', 'channel', 'category', 'priority', 'team', 'agent_id', 'source')"));
        var error = Assert.ThrowsAny<Exception>(() => w.Rows("SELECT * FROM kpi('2026-11-02', '2026-11-08', 'week', 'agents', 'calendar')"));
        var texts = ClosedSet.Texts<Dimension>();
        Assert.Contains($"dim must be NULL, {string.Join(", ", texts.Take(texts.Count - 1))} or {texts[^1]}, not agents", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_column_has_a_label_and_a_definition_and_counts_have_no_decimals()
    {
        Assert.All(KpiColumns.All, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Label), c.Column);
            Assert.False(string.IsNullOrWhiteSpace(c.Definition), c.Column);
            Assert.True(c.Unit != KpiUnit.Count || c.Decimals == 0, c.Column);
        });
        Assert.Equal(KpiColumns.All.Count, KpiColumns.All.Select(c => c.Column).Distinct().Count());
        Assert.Null(KpiColumns.Find("roi_pct"));
    }

    /// <summary>The table docs/kpis.md shows, made from the columns file.</summary>
    private static string DocTable()
    {
        var table = new StringBuilder()
            .Append("| column | label | unit | decimals | a rise is | definition |\n")
            .Append("|---|---|---|---|---|---|");
        foreach (var c in KpiColumns.All)
        {
            table.Append($"\n| `{c.Column}` | {c.Label} | {c.Unit.Text()} | {c.Decimals} | {c.Direction.Text()} | {c.Definition.Replace("|", "\\|", StringComparison.Ordinal)} |");
        }
        return table.ToString();
    }
}
