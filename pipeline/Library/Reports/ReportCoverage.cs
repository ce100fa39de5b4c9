using System.Globalization;
using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Reports;

/// <summary>
/// What the data can support on a report (docs/report.md, "Honesty about the data"): which sources cover
/// both compared periods whole (changes are measured over those only, like for like), and the notices of the
/// page-1 banner and the email: a stale feed, a partial or empty period, sources left out of the comparison.
/// </summary>
/// <param name="Compared">Sources whose tickets cover both periods whole.</param>
/// <param name="LeftOut">The other sources with tickets in either period, each with why ("zendesk-sample started 2026-09-21 13:31").</param>
/// <param name="Notices">The banner's sentences, in the order they are shown.</param>
public sealed record ReportCoverage(IReadOnlyList<string> Compared, IReadOnlyList<string> LeftOut, IReadOnlyList<string> Notices)
{
    /// <summary>Some source covers both periods: changes can be shown.</summary>
    public bool Comparable => Compared.Count > 0;

    /// <summary>Changes must be measured over <see cref="Compared"/> only, since some source does not cover both periods.</summary>
    public bool LikeForLike => Comparable && LeftOut.Count > 0;

    /// <param name="current">The reported period's row of the KPI table (its coverage columns).</param>
    /// <param name="previous">The previous period's row.</param>
    /// <param name="now">When the report is made: a feed quiet since long before is stale.</param>
    public static ReportCoverage Read(DuckDBConnection db, ReportSpan period, KpiRow current, KpiRow previous, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        var sources = KpiRows.Query(db, "report/compared_sources.sql", zone, new { from = period.Previous.From, to = period.To });
        var compared = sources.Where(s => s["covers"] is true).Select(s => (string)s["source"]!).ToList();
        var leftOut = sources.Where(s => s["covers"] is not true).Select(s => (string)s["left_out"]!).ToList();
        var notices = new List<string>();
        // A stale feed is named while it is part of the report's picture: its newest ticket in the trend periods or
        // after. A help desk that left long before is no news on every later report.
        notices.AddRange(FeedFreshness.Read(db, now)
            .Where(f => f.State == FeedState.Stale && Configuration.LocalDate.Of(f.NewestTicketAt, zone) >= period.TrendFrom)
            .Select(f => Stale(f, now, zone)));
        notices.AddRange(Covered(current, period, ""));
        notices.AddRange(Covered(previous, period.Previous, ", the period compared with,"));
        if (sources.Count > 0 && compared.Count == 0)
        {
            notices.Add($"Changes are not shown: no source's tickets cover both {period.Previous.Label} and {period.Label} whole.");
        }
        else if (leftOut.Count > 0)
        {
            notices.Add($"Changes compare {string.Join(", ", compared)} only: {string.Join("; ", leftOut)}.");
        }
        return new ReportCoverage(compared, leftOut, notices);
    }

    /// <summary>"No tickets from helpdesk since Sun 2026-11-15 23:18, 21.3 days before this report."</summary>
    private static string Stale(FeedFreshness feed, DateTimeOffset now, TimeZoneInfo zone)
    {
        var since = TimeZoneInfo.ConvertTime(feed.NewestTicketAt, zone).ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return $"No tickets from {feed.Source} since {since}, {FeedFreshness.Duration(now - feed.NewestTicketAt)} before this report.";
    }

    /// <summary>A notice when the period's row is not complete: "2026-11 is partial: the data covers 49% of it."</summary>
    private static IEnumerable<string> Covered(KpiRow row, ReportSpan span, string role)
    {
        var label = span.Label;
        switch (row["coverage"] as string)
        {
            case "partial":
                var share = row.Number("coverage_share") ?? 0;
                yield return string.Create(CultureInfo.InvariantCulture,
                    $"{label}{role} is partial: the data covers {share * 100:0.#}% of it, so its figures are not those of a whole {span.Kind.Text()}.");
                break;
            case "empty":
                yield return $"{label}{role} has no data: no source has a ticket in it.";
                break;
        }
    }
}
