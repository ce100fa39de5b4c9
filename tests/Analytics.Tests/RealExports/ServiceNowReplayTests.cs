using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Analytics.Tests.Support;
using CliRunner = Analytics.Tests.Support.Cli;

namespace Analytics.Tests.RealExports;

/// <summary>
/// The real ServiceNow incident log (../shared/data, never copied), loaded as a user does with no configuration
/// (`analytics ingest FILE`: days in UTC) and replayed over its whole range with `alerts detect`. Its first day
/// starts at 01:16 with about half a usual Monday's tickets and its last stops at 11:49: days the data covers
/// only in part (docs/alerts.md, "Real exports"), which must be reported as such and raise no spike.
/// </summary>
public sealed class ServiceNowReplayTests : IDisposable
{
    private readonly TempWarehouse _w = new();

    public void Dispose() => _w.Dispose();

    private CliRunner.Result Run(params string[] args) => CliRunner.Run(_w.Folder, [.. args, "--db", _w.DbPath]);

    [RealDataFact]
    public void A_replay_of_the_whole_log_reports_its_partial_first_and_last_days_as_not_covered_and_raises_no_spike_on_them()
    {
        var path = Fixtures.SharedData("servicenow/incident_event_log.csv.gz");
        // Worked out from the file with plain .NET: each incident's opened_at (its last row, as the ingest keeps),
        // the first and the last, and the longest quiet stretch: the longest gap between consecutive ones over the
        // 8 weeks up to the last.
        var opened = OpenedAt(path);
        var first = opened[0];
        var last = opened[^1];
        var recent = opened.Where(o => o >= last.AddDays(-56)).ToList();
        var quiet = recent.Zip(recent.Skip(1), (a, b) => b - a).Max();
        Assert.Equal(new DateTime(2016, 2, 29, 1, 16, 0), first);
        Assert.Equal(new DateTime(2016, 5, 13, 11, 49, 0), last);
        Assert.True(quiet < TimeSpan.FromHours(12), $"longest quiet stretch {quiet}");
        // The first day is the day the data starts: never covered whole (its tickets start at 01:16, and it holds
        // half a usual Monday's). The last: 11:49 plus the longest quiet stretch does not reach midnight: not
        // covered. Every day between is covered (one source, no gap).
        Assert.True(first > first.Date);
        Assert.True(last + quiet < last.Date.AddDays(1));

        var ingest = Run("ingest", path);
        var table = Run("alerts", "detect", "--from", "2016-02-29", "--to", "2016-05-13");
        var json = Run("alerts", "detect", "--from", "2016-02-29", "--to", "2016-05-13", "--format", "json");

        Assert.True(ingest.ExitCode == 0, ingest.Stderr);
        Assert.True(table.ExitCode == 0, table.Stderr);
        Assert.True(json.ExitCode == 0, json.Stderr);
        const string notCovered = "not covered by the data (a source starts, stops or joins part-way through the day): not judged";
        Assert.Contains("2016-02-29 to 2016-05-13, replayed day by day: ", table.Stdout, StringComparison.Ordinal);
        // Good Friday, Tiradentes and the Friday after it are volume drops (docs/alerts.md, "Real exports").
        Assert.Contains(" spike(s), 3 low total(s), 2 day(s) not covered by the data", table.Stdout, StringComparison.Ordinal);
        Assert.Contains($"  2016-02-29 Mon  {notCovered}", table.Stdout, StringComparison.Ordinal);
        Assert.Contains($"  2016-05-13 Fri  {notCovered}", table.Stdout, StringComparison.Ordinal);
        var spikeDays = JsonDocument.Parse(json.Stdout).RootElement.EnumerateArray().Select(s => s.GetProperty("date").GetString()).ToHashSet();
        Assert.DoesNotContain("2016-02-29", spikeDays);
        Assert.DoesNotContain("2016-05-13", spikeDays);
        // JSON stays one object per spike; the days not judged are named on stderr.
        Assert.Contains($"note: 2016-02-29: {notCovered}", json.Stderr, StringComparison.Ordinal);
        Assert.Contains($"note: 2016-05-13: {notCovered}", json.Stderr, StringComparison.Ordinal);
    }

    /// <summary>Each incident's opened_at (d/m/yyyy HH:MM) from its last row, sorted.</summary>
    private static List<DateTime> OpenedAt(string path)
    {
        var last = new Dictionary<string, string>();
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress)))
        {
            var header = reader.ReadLine()!.Split(',');
            var number = Array.IndexOf(header, "number");
            var openedAt = Array.IndexOf(header, "opened_at");
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                var fields = line.Split(',');
                last[fields[number]] = fields[openedAt];
            }
        }
        return [.. last.Values.Select(v => DateTime.ParseExact(v, "d/M/yyyy HH:mm", CultureInfo.InvariantCulture)).Order()];
    }
}
