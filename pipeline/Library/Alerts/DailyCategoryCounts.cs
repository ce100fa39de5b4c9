using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Alerts;

/// <summary>
/// The tickets created per local day, source and category up to a day (queries/alerts/daily_source_counts.sql,
/// read once), and what the detector needs from them: the zero-filled daily counts per category, where each
/// category's history starts, and the first day of all; with the days the data does not fully cover
/// (queries/alerts/not_covered_days.sql; docs/alerts.md, "Not covered").
/// </summary>
public sealed class DailyCategoryCounts
{
    /// <summary>
    /// The category the alerts give tickets without one: the key of their counts, of <c>alerts.category</c> and of the
    /// alert email's line, passed to the alert queries as <c>$no_category</c>. Tables and the report show the same
    /// tickets as <see cref="DimensionValue.None"/>, as they show any dimension's missing value.
    /// </summary>
    public const string NoCategory = "(no category)";

    private readonly List<(DateOnly Day, string Source, string Category, int Tickets)> _rows;

    private DailyCategoryCounts(List<(DateOnly, string, string, int)> rows, HashSet<DateOnly> notCovered)
    {
        _rows = rows;
        NotCovered = notCovered;
    }

    /// <summary>The local days up to the day read to that the data does not fully cover, between the first and the
    /// last day with tickets: the detector neither judges them nor uses them as history.</summary>
    public IReadOnlySet<DateOnly> NotCovered { get; }

    /// <summary>The rows of every local day up to <paramref name="to"/>.</summary>
    public static DailyCategoryCounts Read(DuckDBConnection db, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = new List<(DateOnly, string, string, int)>();
        using (var command = db.Create(SqlFiles.Read("alerts/daily_source_counts.sql"), new { to, no_category = NoCategory }))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((DateOnly.FromDateTime(reader.GetDateTime(0)), reader.GetString(1), reader.GetString(2), checked((int)reader.GetInt64(3))));
            }
        }
        var notCovered = new HashSet<DateOnly>();
        using (var command = db.Create(SqlFiles.Read("alerts/not_covered_days.sql"), new { to }))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                notCovered.Add(DateOnly.FromDateTime(reader.GetDateTime(0)));
            }
        }
        return new DailyCategoryCounts(rows, notCovered);
    }

    /// <summary>The first local day with a ticket that counts; null for an empty warehouse.</summary>
    public DateOnly? FirstDay => _rows.Count == 0 ? null : _rows.Min(r => r.Day);

    /// <summary>
    /// Per category, local date → tickets created over <paramref name="from"/>..<paramref name="to"/>, every
    /// date present (0 without tickets). The categories are those with any ticket up to the day read to.
    /// </summary>
    public Dictionary<string, IReadOnlyDictionary<DateOnly, int>> Between(DateOnly from, DateOnly to)
    {
        var counts = new Dictionary<string, IReadOnlyDictionary<DateOnly, int>>(StringComparer.Ordinal);
        foreach (var category in _rows.Select(r => r.Category).Distinct())
        {
            var history = new Dictionary<DateOnly, int>();
            for (var day = from; day <= to; day = day.AddDays(1))
            {
                history[day] = 0;
            }
            counts[category] = history;
        }
        foreach (var (day, _, category, tickets) in _rows.Where(r => r.Day >= from && r.Day <= to))
        {
            var history = (Dictionary<DateOnly, int>)counts[category];
            history[day] += tickets;
        }
        return counts;
    }

    /// <summary>Which source feeds which category since when, and on which days each source had tickets (docs/alerts.md, "New sources").</summary>
    public HistoryStarts Starts()
    {
        var sourceDays = _rows.GroupBy(r => r.Source)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<DateOnly>)[.. g.Select(r => r.Day).Distinct().Order()], StringComparer.Ordinal);
        return new HistoryStarts(_rows
            .GroupBy(r => (r.Category, r.Source))
            .Select(g => new SourceFeed(g.Key.Category, g.Key.Source, sourceDays[g.Key.Source][0], g.Min(r => r.Day))), sourceDays);
    }

    /// <summary>Per category, local date → tickets created over <paramref name="from"/>..<paramref name="to"/>, zero-filled.</summary>
    public static Dictionary<string, IReadOnlyDictionary<DateOnly, int>> Load(DuckDBConnection db, DateOnly from, DateOnly to) =>
        Read(db, to).Between(from, to);
}

/// <summary>One source feeding one category: the source's first day with tickets, and its first ticket in the category.</summary>
public sealed record SourceFeed(string Category, string Source, DateOnly SourceFirstDay, DateOnly FirstInCategory);

/// <summary>
/// Where a category's history starts, as known on the day judged (docs/alerts.md, "New sources"): on the first
/// day of the latest source that has fed the category by then, and not before the category's own first ticket.
/// A source that joins later brings a level shift, not a spike: the category warms up again from the day the
/// source joined. A source that has left (silent for at least <see cref="LeftAfterDays"/> days and a day longer
/// than any silence between its ticket days before, so that a holiday Monday of a desk closed at weekends is not
/// taken for a leave) brings the opposite shift: the categories it fed, and the day's
/// total, start again on the day after its last ticket. Only days up to the day judged count, so there is no
/// look-ahead.
/// </summary>
public sealed class HistoryStarts(IEnumerable<SourceFeed> feeds, IReadOnlyDictionary<string, IReadOnlyList<DateOnly>>? sourceDays = null)
{
    /// <summary>How many days without a ticket at the least make a source taken as gone: the first days of a silence are
    /// a stopped feed or a volume drop, told as such.</summary>
    public const int LeftAfterDays = 3;

    private readonly ILookup<string, SourceFeed> _byCategory = feeds.ToLookup(f => f.Category, StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, IReadOnlyList<DateOnly>> _sourceDays = sourceDays ?? new Dictionary<string, IReadOnlyList<DateOnly>>();

    /// <summary>Per source, its ticket days in order and, for each, the longest step between two of them up to it.</summary>
    private readonly Dictionary<string, (DateOnly[] Days, int[] LongestGap)> _gaps = (sourceDays ?? new Dictionary<string, IReadOnlyList<DateOnly>>())
        .ToDictionary(s => s.Key, s => Gaps(s.Value), StringComparer.Ordinal);

    /// <summary>The first day of <paramref name="category"/>'s history as known on <paramref name="day"/>; null when nothing is known.</summary>
    public DateOnly? StartFor(string category, DateOnly day)
    {
        var seen = _byCategory[category].Where(f => f.FirstInCategory <= day).ToList();
        if (seen.Count == 0)
        {
            return null;
        }
        var latestSource = seen.Max(f => f.SourceFirstDay);
        var firstTicket = seen.Min(f => f.FirstInCategory);
        var start = latestSource > firstTicket ? latestSource : firstTicket;
        return Latest(start, seen.Select(f => LeftAfter(f.Source, day)));
    }

    /// <summary>Where the history of the day's total starts as known on <paramref name="day"/>: the day after the last ticket
    /// of the latest source to have left; null when none has.</summary>
    public DateOnly? TotalStartFor(DateOnly day) => Latest(null, _sourceDays.Keys.Select(s => LeftAfter(s, day)));

    /// <summary>
    /// The sources unusually silent on <paramref name="day"/> (no ticket since a day before it, a longer silence than
    /// any between their ticket days before), with their last day with tickets: what a low total is told with.
    /// </summary>
    public IReadOnlyList<(string Source, DateOnly LastDay)> Silent(DateOnly day) =>
        [.. _sourceDays.Keys.Order(StringComparer.Ordinal)
            .Select(s => (Source: s, Silence: Silence(s, day)))
            .Where(s => s.Silence is { Days: >= 1 } silence && silence.Days + 1 > silence.LongestGap)
            .Select(s => (s.Source, s.Silence!.Value.LastDay))];

    /// <summary>The day after <paramref name="source"/>'s last ticket when it has left by <paramref name="day"/>, else null.</summary>
    private DateOnly? LeftAfter(string source, DateOnly day) =>
        Silence(source, day) is { } silence && silence.Days >= LeftAfterDays && silence.Days > silence.LongestGap + 1
            ? silence.LastDay.AddDays(1)
            : null;

    /// <summary>Days since <paramref name="source"/>'s last day with tickets up to <paramref name="day"/>, that day, and the
    /// longest step between two of its ticket days before it (1 for a source with tickets every day).</summary>
    private (int Days, DateOnly LastDay, int LongestGap)? Silence(string source, DateOnly day)
    {
        if (!_gaps.TryGetValue(source, out var gaps))
        {
            return null;
        }
        // The last of its days up to the day judged (they are in order).
        var found = Array.BinarySearch(gaps.Days, day);
        var last = found >= 0 ? found : ~found - 1;
        if (last < 0)
        {
            return null;
        }
        return (day.DayNumber - gaps.Days[last].DayNumber, gaps.Days[last], gaps.LongestGap[last]);
    }

    /// <summary>The days in order, and at each the longest step between two days up to it (1 while there is none).</summary>
    private static (DateOnly[] Days, int[] LongestGap) Gaps(IReadOnlyList<DateOnly> days)
    {
        var ordered = days.Order().ToArray();
        var longest = new int[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            longest[i] = i == 0 ? 1 : i == 1 ? ordered[1].DayNumber - ordered[0].DayNumber : Math.Max(longest[i - 1], ordered[i].DayNumber - ordered[i - 1].DayNumber);
        }
        return (ordered, longest);
    }

    private static DateOnly? Latest(DateOnly? start, IEnumerable<DateOnly?> others) =>
        others.Aggregate(start, (latest, d) => d is { } x && (latest is null || x > latest) ? x : latest);
}
