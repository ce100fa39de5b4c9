using System.Globalization;
using System.Text.Json;
using Analytics.Tests.Support;
using CliRunner = Analytics.Tests.Support.Cli;

namespace Analytics.Tests.Cli;

/// <summary>
/// `analytics kpi` and `analytics roi` on the committed sample data: what the CLI prints is what the SQL
/// views hold, row for row and column for column, in JSON and CSV; bad usage exits 2 with a message.
/// </summary>
public sealed class KpiCommandTests : IDisposable
{
    private readonly SampleWarehouse _sample = SampleWarehouse.Canonical;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private CliRunner.Result Kpi(params string[] args) =>
        CliRunner.Run(_folder.Path, ["kpi", "--db", _sample.DbPath, "--config", SampleWarehouse.Config, .. args]);

    /// <summary>Rows of a query on the stored views (the analyst's path: the file opened by any DuckDB client).</summary>
    private List<Dictionary<string, object?>> ViewRows(string sql) => ReadOnlyRows.Of(_sample.DbPath, sql);

    private static void AssertSameRows(List<Dictionary<string, object?>> view, JsonElement json)
    {
        var printed = json.EnumerateArray().ToList();
        Assert.Equal(view.Count, printed.Count);
        for (var r = 0; r < view.Count; r++)
        {
            Assert.Equal(view[r].Keys, printed[r].EnumerateObject().Select(p => p.Name));
            foreach (var (column, expected) in view[r])
            {
                var actual = printed[r].GetProperty(column);
                switch (expected)
                {
                    case null:
                        Assert.Equal(JsonValueKind.Null, actual.ValueKind);
                        break;
                    case DateTime instant:
                        // The view holds an instant; the CLI prints it in the reporting zone with its offset.
                        var text = actual.GetString()!;
                        Assert.Matches(@"^\d{4}-\d\d-\d\dT00:00:00\+0[12]:00$", text);
                        Assert.Equal(DateTime.SpecifyKind(instant, DateTimeKind.Utc), DateTimeOffset.Parse(text, CultureInfo.InvariantCulture).UtcDateTime);
                        break;
                    case string s:
                        Assert.Equal(s, actual.GetString());
                        break;
                    default:
                        Assert.Equal(Convert.ToDouble(expected, CultureInfo.InvariantCulture), actual.GetDouble());
                        break;
                }
            }
        }
    }

    [Fact]
    public void Weekly_json_equals_the_kpi_weekly_view_row_for_row()
    {
        var view = ViewRows("SELECT * FROM kpi_weekly ORDER BY period_start");

        var result = Kpi("--from", "2026-05-18", "--to", "2026-11-15", "--by", "week", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(26, view.Count); // 2026-W21 to 2026-W46, the sample data's period
        AssertSameRows(view, JsonDocument.Parse(result.Stdout).RootElement);
    }

    [Fact]
    public void Split_by_dimension_in_business_hours_equals_the_kpi_macro()
    {
        var view = ViewRows("SELECT * FROM kpi('2026-10-01', '2026-10-31', 'month', 'category', 'business')");

        var result = Kpi("--from", "2026-10-01", "--to", "2026-10-31", "--by", "month", "--dim", "category", "--hours", "business", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(13, view.Count); // 12 categories and the tickets without one
        Assert.All(view, row => Assert.Equal("category", row["dimension"]));
        AssertSameRows(view, JsonDocument.Parse(result.Stdout).RootElement);
    }

    [Fact]
    public void Csv_holds_the_same_unrounded_values_as_json()
    {
        var json = JsonDocument.Parse(Kpi("--from", "2026-11-02", "--to", "2026-11-15", "--by", "day", "--format", "json").Stdout).RootElement;
        var csv = Kpi("--from", "2026-11-02", "--to", "2026-11-15", "--by", "day", "--format", "csv").Stdout;

        var lines = csv.TrimEnd('\r', '\n').Split("\r\n"); // RFC 4180 line ends
        var header = lines[0].Split(',');
        Assert.Equal(json.EnumerateArray().First().EnumerateObject().Select(p => p.Name), header);
        Assert.Equal(14, lines.Length - 1);
        foreach (var (line, row) in lines.Skip(1).Zip(json.EnumerateArray()))
        {
            var cells = line.Split(',');
            foreach (var (cell, column) in cells.Zip(header))
            {
                var value = row.GetProperty(column);
                var expected = value.ValueKind switch
                {
                    JsonValueKind.Null => "",
                    JsonValueKind.String => value.GetString(),
                    _ => value.GetRawText(),
                };
                Assert.Equal(expected, cell);
            }
        }
    }

    [Fact]
    public void Table_format_rounds_for_people_and_shows_missing_values_as_a_dash()
    {
        var json = JsonDocument.Parse(Kpi("--from", "2026-11-09", "--to", "2026-11-15", "--format", "json").Stdout).RootElement[0];
        var table = Kpi("--from", "2026-11-09", "--to", "2026-11-15").Stdout;

        Assert.Contains("2026-W46", table, StringComparison.Ordinal);
        var median = json.GetProperty("frt_median_min").GetDouble();
        Assert.Contains(median.ToString("N1", CultureInfo.InvariantCulture), table, StringComparison.Ordinal);
        Assert.Contains(json.GetProperty("csat_pct").GetDouble().ToString("F1", CultureInfo.InvariantCulture) + "%", table, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from 2026-11-15 --to 2026-11-01", "--from 2026-11-15 is after --to 2026-11-01")]
    [InlineData("--from 15.11.2026 --to 2026-11-20", "--from: '15.11.2026' is not a date (YYYY-MM-DD)")]
    [InlineData("--from 2026-11-01 --to 2026-11-20 --by year", "year")]
    [InlineData("--from 2026-11-01 --to 2026-11-20 --dim region", "region")]
    [InlineData("--to 2026-11-20", "--from")]
    public void Bad_usage_exits_2_with_a_message(string args, string message)
    {
        var result = Kpi(args.Split(' '));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout.Trim());
    }

    [Fact]
    public void Roi_json_equals_the_roi_view()
    {
        var view = ViewRows("SELECT * FROM roi");

        var result = CliRunner.Run(_folder.Path, "roi", "--db", _sample.DbPath, "--config", SampleWarehouse.Config, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var printed = JsonDocument.Parse(result.Stdout).RootElement;
        var row = Assert.Single(printed.EnumerateArray());
        Assert.Equal("Help centre relaunch", row.GetProperty("initiative").GetString());
        Assert.Equal("2026-09-14", row.GetProperty("start_date").GetString());
        Assert.Equal(Convert.ToDouble(Assert.Single(view)["roi_pct"], CultureInfo.InvariantCulture), row.GetProperty("roi_pct").GetDouble());
        // The printed figures redo the sum: benefit = deflection + retention, roi = 100 (benefit - cost) / cost.
        var benefit = row.GetProperty("deflection_benefit").GetDouble() + row.GetProperty("retention_benefit").GetDouble();
        Assert.Equal(benefit, row.GetProperty("benefit").GetDouble(), 9);
        Assert.Equal(100 * (benefit - 10000) / 10000, row.GetProperty("roi_pct").GetDouble(), 9);
    }
}
