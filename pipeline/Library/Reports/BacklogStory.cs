using System.Globalization;

namespace Analytics.Pipeline.Reports;

/// <summary>
/// The backlog's trend as one sentence, from the figures of the report's trend periods (docs/report.md, "The
/// story"): "Backlog 1,348, up every week since 2026-W35 (+127%): 901 created vs 700 solved". A template, nothing
/// invented: the run of periods, ending with the one reported, whose backlog rose (or fell) against the one before,
/// and the change since the backlog the run started from.
/// </summary>
public static class BacklogStory
{
    /// <summary>A trend period's figures: its label, tickets created and solved in it, the backlog at its end.</summary>
    public sealed record Period(string Label, long Created, long Solved, long BacklogEnd);

    /// <summary>A source whose first ticket came in the period labelled <paramref name="Label"/>.</summary>
    public sealed record SourceStart(string Source, string Label);

    /// <param name="trend">The trend periods, oldest first, the reported one last.</param>
    /// <param name="grain">Week or month: the word the sentence counts in.</param>
    /// <param name="starts">Sources by the period of their first ticket: one that began within the run is named, since
    /// its tickets are part of the change.</param>
    /// <returns>The sentence; null when no trend period has data.</returns>
    public static string? Sentence(IReadOnlyList<Period> trend, Grain grain, IReadOnlyList<SourceStart> starts)
    {
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentNullException.ThrowIfNull(starts);
        // The trend starts at the first period with data: empty periods before it say nothing about a run.
        var periods = trend.SkipWhile(p => p.Created == 0 && p.Solved == 0 && p.BacklogEnd == 0).ToList();
        if (periods.Count == 0)
        {
            return null;
        }
        var now = periods[^1];
        var flow = $"{Count(now.Created)} created vs {Count(now.Solved)} solved";
        var direction = periods.Count < 2 ? 0 : Math.Sign(now.BacklogEnd - periods[^2].BacklogEnd);
        if (direction == 0)
        {
            return periods.Count < 2
                ? $"Backlog {Count(now.BacklogEnd)}: {flow}"
                : $"Backlog {Count(now.BacklogEnd)}, unchanged: {flow}";
        }
        // The run: how many periods in a row, ending with this one, moved the same way; the base is the period before it.
        var run = 1;
        while (run < periods.Count - 1 && Math.Sign(periods[^(run + 1)].BacklogEnd - periods[^(run + 2)].BacklogEnd) == direction)
        {
            run++;
        }
        var baseIndex = periods.Count - 1 - run;
        var from = periods[baseIndex];
        var word = direction > 0 ? "up" : "down";
        var unit = grain == Grain.Month ? "month" : "week";
        var change = Percent(from.BacklogEnd, now.BacklogEnd);
        var trendPart = run == 1
            ? $"{word} this {unit} ({Signed(now.BacklogEnd - from.BacklogEnd)}{(change is null ? "" : ", " + change)})"
            : baseIndex == 0
                ? $"{word} every {unit} since {from.Label}{(change is null ? "" : $" ({change})")}"
                : $"{word} for the {Ordinal(run)} {unit} in a row{(change is null ? "" : $" ({change} since {from.Label})")}";
        var joined = starts.Where(s => periods.Skip(baseIndex + 1).Any(p => p.Label == s.Label))
            .OrderBy(s => periods.FindIndex(p => p.Label == s.Label)).ThenBy(s => s.Source, StringComparer.Ordinal)
            .Select(s => $"{s.Source} began in {s.Label}")
            .ToList();
        return $"Backlog {Count(now.BacklogEnd)}, {trendPart}: {flow}{(joined.Count == 0 ? "" : $" ({string.Join("; ", joined)})")}";
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Signed(long value) => value.ToString("+#,0;-#,0;0", CultureInfo.InvariantCulture);

    /// <summary>"+127%" from the base to now, as a tile's change (<see cref="Analytics.Reports.KpiFormat.RelativeChange"/>); none from a base of 0.</summary>
    private static string? Percent(long from, long to) => from == to ? null : Analytics.Reports.KpiFormat.RelativeChange(from, to);

    /// <summary>"2nd", "3rd", "11th", "21st".</summary>
    public static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
