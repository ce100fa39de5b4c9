using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Alerts;

/// <summary>
/// A subject word or tag that stands out in a spike: "failed" on <paramref name="Today"/> 25 tickets of the day,
/// against <paramref name="TypicalPerDay"/> 0.4 a day in the 8 weeks before.
/// </summary>
public sealed record StandoutTerm(string Term, int Today, double TypicalPerDay);

/// <summary>
/// What the alert email shows of one spiking category: its tickets per day for the 8 weeks up to the judged day
/// (<paramref name="Days"/>[i] has <paramref name="Counts"/>[i], zero-filled, the judged day last) and the terms that
/// stand out on the judged day.
/// </summary>
public sealed record CategoryEvidence(
    string Category,
    DateOnly Day,
    IReadOnlyList<DateOnly> Days,
    IReadOnlyList<int> Counts,
    IReadOnlyList<StandoutTerm> Terms);

/// <summary>
/// The evidence behind an alert notice, per firing or escalated category (resolved ones need none), read from
/// the warehouse: the daily counts the detector judges (<see cref="DailyCategoryCounts"/>) and
/// queries/alerts/standout_terms.sql.
/// </summary>
public sealed record AlertEvidence(IReadOnlyDictionary<string, CategoryEvidence> Categories)
{
    /// <summary>The chart's span: 8 weeks of days, the judged day last.</summary>
    public const int SeriesDays = 56;
    /// <summary>At most this many standout terms per category.</summary>
    public const int TermLimit = 5;
    /// <summary>A term needs at least this many tickets on the judged day: two tickets are an anecdote.</summary>
    public const int MinTermCount = 3;

    public static readonly AlertEvidence None = new(new Dictionary<string, CategoryEvidence>(StringComparer.Ordinal));

    public CategoryEvidence? For(string category) => Categories.GetValueOrDefault(category);

    public static AlertEvidence Load(DuckDBConnection db, AlertNotice notice) =>
        Load(db, notice, DailyCategoryCounts.Read(db, notice.Day));

    /// <param name="counts">The daily counts the notice's day was judged on (read up to that day at least).</param>
    public static AlertEvidence Load(DuckDBConnection db, AlertNotice notice, DailyCategoryCounts counts)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(counts);
        var spiking = notice.Changes.Where(c => c.IsSpike).ToList();
        if (spiking.Count == 0)
        {
            return None;
        }
        var categories = new Dictionary<string, CategoryEvidence>(StringComparer.Ordinal);
        foreach (var change in spiking.Where(c => !categories.ContainsKey(c.Category)))
        {
            categories[change.Category] = LoadCategory(db, counts, change.Category, change.Day);
        }
        return new AlertEvidence(categories);
    }

    public static CategoryEvidence LoadCategory(DuckDBConnection db, string category, DateOnly day) =>
        LoadCategory(db, DailyCategoryCounts.Read(db, day), category, day);

    /// <param name="counts">The detector's daily counts, read up to <paramref name="day"/> at least: the chart shows
    /// the very counts the category was judged on.</param>
    private static CategoryEvidence LoadCategory(DuckDBConnection db, DailyCategoryCounts counts, string category, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(category);
        var series = counts.Between(day.AddDays(1 - SeriesDays), day).GetValueOrDefault(category);
        var days = Enumerable.Range(0, SeriesDays).Select(i => day.AddDays(i + 1 - SeriesDays)).ToList();
        var tickets = days.Select(d => series?.GetValueOrDefault(d) ?? 0).ToList();
        var terms = db.Query<StandoutTerm>(SqlFiles.Read("alerts/standout_terms.sql"),
            new { category, day, min_count = MinTermCount, limit = TermLimit, no_category = DailyCategoryCounts.NoCategory });
        return new CategoryEvidence(category, day, days, tickets, terms);
    }
}
