using System.Globalization;
using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Reports;

/// <summary>
/// The period a report is made for when none is given (docs/report.md, "Which period"): the latest week or
/// month that has ended and that the data covers whole (<c>queries/report/latest_covered_period.sql</c>), so that
/// data which ended months ago, or a half-covered month, never gives a report of zeros or a false drop.
/// </summary>
public static class ReportPeriods
{
    /// <summary>
    /// The period, and a sentence when it is not the one that has just ended (the data does not cover that one):
    /// "2026-W46 is the latest complete week the data covers; 2026-W49, which has just ended, is not covered".
    /// </summary>
    public static (ReportSpan Span, string? Note) Default(DuckDBConnection db, Grain kind, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ended = ReportSpan.LatestComplete(kind, now, zone);
        var name = kind.Text();
        using var command = db.Create(SqlFiles.Read("report/latest_covered_period.sql"), new { grain = kind.Text(), now = now.UtcDateTime });
        if (command.ExecuteScalar() is not DateOnly first)
        {
            return (ended, $"no complete {name} is covered by the data; reporting {ended.Label}, the {name} that has just ended");
        }
        var covered = kind == Grain.Week ? ReportSpan.Week(first) : ReportSpan.Month(first);
        return covered.From == ended.From
            ? (covered, null)
            : (covered, string.Create(CultureInfo.InvariantCulture,
                $"{covered.Label} is the latest complete {name} the data covers; {ended.Label}, which has just ended, is not covered (give --{name} to choose)"));
    }
}
