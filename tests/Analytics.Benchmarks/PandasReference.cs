using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Analysis;

namespace Analytics.Benchmarks;

/// <summary>
/// The weekly KPI table in pandas (<c>pandas/kpi_table.py</c>, run with Debian's python3 and python3-pandas): the
/// reference the product's bar is set against ("at least 10x faster than the same KPIs in pandas on the same CSVs").
/// The script loads the canonical CSVs, computes the table with and without the category dimension from the loaded
/// DataFrames, and prints its timings as JSON; its tables are checked here against <c>kpi()</c>'s, column by column.
/// </summary>
public static class PandasReference
{
    /// <summary>What the script printed: its versions, what it loaded, its timings, the tables it wrote.</summary>
    public sealed record Run(string Versions, long Tickets, IReadOnlyList<double> Load, IReadOnlyDictionary<string, IReadOnlyList<double>> Compute,
        IReadOnlyDictionary<string, long> Rows, IReadOnlyDictionary<string, string> Tables, IReadOnlyList<string> Computed,
        IReadOnlyDictionary<string, string> NotComputed);

    /// <summary>The relative tolerance of the check (with both sides 0, equal).</summary>
    public const double Tolerance = 1e-6;

    public static string Script => Path.Combine(AppContext.BaseDirectory, "pandas", "kpi_table.py");

    public static Run Measure(string python, string data, DateOnly from, DateOnly to, string configJson, string work, int runs)
    {
        if (!File.Exists(python))
        {
            throw new FileNotFoundException($"{python} not found: the pandas reference runs with Debian's python3 (apt-get install python3-pandas), or give --python");
        }
        var config = Path.Combine(work, "kpi-config.json");
        File.WriteAllText(config, configJson);
        var output = Path.Combine(work, "pandas");
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[]
                 {
                     Script, "--data", data, "--from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                     "--to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "--config", config, "--out", output,
                     "--runs", runs.ToString(CultureInfo.InvariantCulture), "--load-runs", runs.ToString(CultureInfo.InvariantCulture),
                 })
        {
            start.ArgumentList.Add(argument);
        }
        Console.Error.WriteLine($"pandas: {python} {string.Join(' ', start.ArgumentList)}");
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {python}");
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"the pandas reference failed (exit {process.ExitCode}); is python3-pandas installed (apt-get install python3-pandas)?");
        }
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        static IReadOnlyList<double> Seconds(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetDouble())];
        return new Run(
            $"Python {root.GetProperty("python").GetString()}, pandas {root.GetProperty("pandas").GetString()}, numpy {root.GetProperty("numpy").GetString()}",
            root.GetProperty("loaded").GetProperty("tickets").GetInt64(),
            Seconds(root.GetProperty("load_s")),
            root.GetProperty("compute_s").EnumerateObject().ToDictionary(p => p.Name, p => Seconds(p.Value)),
            root.GetProperty("rows").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64()),
            root.GetProperty("tables").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!),
            [.. root.GetProperty("computed").EnumerateArray().Select(x => x.GetString()!)],
            root.GetProperty("not_computed").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!));
    }

    /// <summary>
    /// Compares pandas' table (<paramref name="tablePath"/>) with <c>kpi()</c>'s, row by row on the period (and value),
    /// every column pandas computes: numbers within <see cref="Tolerance"/> relative, nulls and text equal. Returns one
    /// line per disagreeing column (with its first rows) or per missing row; none when they agree.
    /// </summary>
    public static List<string> Compare(string tablePath, DataFrame product, IReadOnlyList<string> columns)
    {
        var problems = new List<string>();
        using var json = JsonDocument.Parse(File.ReadAllText(tablePath));
        var pandas = json.RootElement.EnumerateArray().ToDictionary(Key, r => r);
        var hasValue = product.Columns.Any(c => c.Name == "value");
        var rows = new Dictionary<string, long>();
        for (long i = 0; i < product.Rows.Count; i++)
        {
            var start = (DateTimeOffset)product.Columns["period_start"][i];
            var key = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (hasValue ? " " + ((string?)product.Columns["value"][i] ?? "(null)") : "");
            rows[key] = i;
        }
        foreach (var key in rows.Keys.Except(pandas.Keys).Take(5))
        {
            problems.Add($"row {key}: in kpi(), not in pandas");
        }
        foreach (var key in pandas.Keys.Except(rows.Keys).Take(5))
        {
            problems.Add($"row {key}: in pandas, not in kpi()");
        }
        foreach (var column in columns)
        {
            var differ = new List<string>();
            foreach (var (key, row) in rows)
            {
                if (!pandas.TryGetValue(key, out var theirs))
                {
                    continue;
                }
                var ours = product.Columns[column][row];
                var their = theirs.GetProperty(column);
                if (!Same(ours, their))
                {
                    differ.Add($"{key}: pandas {Show(their)}, kpi() {Show(ours)}");
                }
            }
            if (differ.Count > 0)
            {
                problems.Add($"{column}: {differ.Count} rows differ, e.g. {string.Join("; ", differ.Take(3))}");
            }
        }
        return problems;
    }

    private static string Key(JsonElement row) =>
        row.GetProperty("period").GetString() + (row.TryGetProperty("value", out var value) ? " " + (value.GetString() ?? "(null)") : "");

    private static bool Same(object? ours, JsonElement theirs)
    {
        if (ours is null || theirs.ValueKind == JsonValueKind.Null)
        {
            return ours is null && theirs.ValueKind == JsonValueKind.Null;
        }
        if (ours is string text)
        {
            return theirs.ValueKind == JsonValueKind.String && theirs.GetString() == text;
        }
        if (theirs.ValueKind != JsonValueKind.Number)
        {
            return false;
        }
        var a = Convert.ToDouble(ours, CultureInfo.InvariantCulture);
        var b = theirs.GetDouble();
        return a == b || Math.Abs(a - b) <= Tolerance * Math.Max(Math.Abs(a), Math.Abs(b));
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null",
    };

    private static string Show(JsonElement value) => value.ValueKind == JsonValueKind.Null ? "null" : value.GetRawText();

    /// <summary>The check's lines for the benchmark's table.</summary>
    public static string Report(string name, long rows, int columns, List<string> problems)
    {
        var text = new StringBuilder();
        if (problems.Count == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {name}: pandas and kpi() agree on all {rows:N0} rows, {columns} columns each.");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"- {name}: pandas and kpi() DISAGREE ({problems.Count} problems):");
            foreach (var problem in problems)
            {
                text.AppendLine();
                text.Append("  - ").Append(problem);
            }
        }
        return text.ToString();
    }
}
