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

/// <summary>Which texts of a category the terms that stand out are read from.</summary>
public enum StandoutTexts
{
    /// <summary>The category's tickets (subject words and tags): what a volume spike is about.</summary>
    Tickets,
    /// <summary>The category's negative texts: tickets labelled negative (subject words and tags) and survey comments
    /// labelled negative (their words), each on its day (docs/alerts.md, "Negative share").</summary>
    Negative,
}

/// <summary>
/// The evidence behind an alert notice, per firing or escalated category (resolved ones need none), read from
/// the warehouse: the daily counts the detector judges (<see cref="DailyCategoryCounts"/>) and the terms that stand
/// out (<see cref="StandoutTerms"/>). A negative-share jump has its terms of the day's negative texts in
/// <see cref="NegativeTerms"/>.
/// </summary>
public sealed record AlertEvidence(IReadOnlyDictionary<string, CategoryEvidence> Categories)
{
    /// <summary>Per category whose negative share jumped, the terms that stand out in its negative texts of the day.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<StandoutTerm>> NegativeTerms { get; init; } =
        new Dictionary<string, IReadOnlyList<StandoutTerm>>(StringComparer.Ordinal);

    /// <summary>The chart's span: 8 weeks of days, the judged day last.</summary>
    public const int SeriesDays = 56;
    /// <summary>At most this many standout terms per category.</summary>
    public const int TermLimit = 5;
    /// <summary>A term needs at least this many tickets on the judged day: two tickets are an anecdote.</summary>
    public const int MinTermCount = 3;

    public static readonly AlertEvidence None = new(new Dictionary<string, CategoryEvidence>(StringComparer.Ordinal));

    public CategoryEvidence? For(string category) => Categories.GetValueOrDefault(category);

    /// <summary>The terms of <paramref name="category"/>'s negative texts, when its negative share jumped; null otherwise.</summary>
    public IReadOnlyList<StandoutTerm>? NegativeTermsFor(string category) => NegativeTerms.GetValueOrDefault(category);

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
        foreach (var change in spiking.Where(c => c.Measure == AlertMeasure.Volume && !categories.ContainsKey(c.Category)))
        {
            categories[change.Category] = LoadCategory(db, counts, change.Category, change.Day);
        }
        var negative = new Dictionary<string, IReadOnlyList<StandoutTerm>>(StringComparer.Ordinal);
        foreach (var change in spiking.Where(c => c.Measure == AlertMeasure.NegativeShare && !negative.ContainsKey(c.Category)))
        {
            negative[change.Category] = StandoutTerms(db, change.Category, change.Day, StandoutTexts.Negative);
        }
        return new AlertEvidence(categories) { NegativeTerms = negative };
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
        return new CategoryEvidence(category, day, days, tickets, StandoutTerms(db, category, day, StandoutTexts.Tickets));
    }

    /// <summary>
    /// The one place the alerts ask which terms stand out in a category's texts on a day against the 56 days before
    /// (queries/alerts/standout_terms.sql): in its tickets for a volume spike, in its negative texts for a negative-share
    /// jump. At most <see cref="TermLimit"/>, best first, each in at least <see cref="MinTermCount"/> texts of the day.
    /// </summary>
    public static IReadOnlyList<StandoutTerm> StandoutTerms(DuckDBConnection db, string category, DateOnly day, StandoutTexts texts)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(category);
        return db.Query<StandoutTerm>(SqlFiles.Read("alerts/standout_terms.sql"),
            new { category, day, min_count = MinTermCount, limit = TermLimit, no_category = DailyCategoryCounts.NoCategory, negative = texts == StandoutTexts.Negative });
    }
}
