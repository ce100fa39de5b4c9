using System.Globalization;
using System.Text;
using Analytics.Tests.Support;
using CliRunner = Analytics.Tests.Support.Cli;

namespace Analytics.Tests.Alerts;

/// <summary>
/// `analytics alerts detect --date` on the day in progress: the day is not over, so its total is not judged for a
/// stopped feed. The data is laid out around the real clock (UTC, the default reporting zone): 20 tickets a day
/// for the 8 weeks up to the day before yesterday, none yesterday and none so far today.
/// </summary>
public sealed class DayInProgressCommandTests : IDisposable
{
    private readonly TempWarehouse _w = new();
    private readonly DateOnly _today = DateOnly.FromDateTime(DateTime.UtcNow);

    public DayInProgressCommandTests()
    {
        var csv = new StringBuilder("ticket_id,created_at,status,channel,category,priority\n");
        var id = 0;
        for (var day = _today.AddDays(-58); day <= _today.AddDays(-2); day = day.AddDays(1))
        {
            for (var i = 0; i < 20; i++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"T-{++id},{day:yyyy-MM-dd}T{8 + i / 2:00}:{i % 2 * 30:00}:00Z,open,email,Billing,normal\n");
            }
        }
        _w.Ingest(_w.Write("tickets.csv", csv.ToString()));
        // 57 days × 20.
        Assert.Equal(1140L, _w.Scalar<long>("SELECT count(*) FROM tickets"));
        _w.Close();
    }

    public void Dispose() => _w.Dispose();

    private CliRunner.Result Detect(DateOnly day) =>
        CliRunner.Run(_w.Folder, "alerts", "detect", "--db", _w.DbPath, "--date", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    [Fact]
    public void Today_is_not_judged_for_a_stopped_feed_yesterday_is()
    {
        var today = Detect(_today);
        var yesterday = Detect(_today.AddDays(-1));

        Assert.True(today.ExitCode == 0, today.Stderr);
        Assert.True(yesterday.ExitCode == 0, yesterday.Stderr);
        // A typical total of 20 a day with no spread (every day 20): 0 by the end of a day has P(X <= 0) = e^-20,
        // about 2e-9, far under the stopped-feed gate (Alpha 0.01 / (3 × 1 category + 1) = 0.0025). Today that is only "so far".
        Assert.Contains("All categories: 0 tickets so far today, typical", today.Stdout, StringComparison.Ordinal);
        Assert.Contains("the day is not over, so the feed is not judged yet", today.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("may have stopped", today.Stdout, StringComparison.Ordinal);
        Assert.Contains("All categories: 0 tickets today, typical", yesterday.Stdout, StringComparison.Ordinal);
        Assert.Contains("the ticket feed may have stopped", yesterday.Stdout, StringComparison.Ordinal);
    }
}
