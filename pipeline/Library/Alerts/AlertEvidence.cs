using Analytics.Pipeline.Text;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Alerts;

/// <summary>
/// A subject word, phrase or tag that stands out in a spike: "failed" on <paramref name="Today"/> 25 tickets of the
/// day, against <paramref name="TypicalPerDay"/> 0.4 a day in the 8 weeks before; <paramref name="Example"/> is the
/// latest of the day's tickets that has it, its text as stored (untrusted).
/// </summary>
public sealed record StandoutTerm(string Term, int Today, double TypicalPerDay, string? Example = null);

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
    /// <summary>The category's tickets (subject words, phrases and tags): what a volume spike is about.</summary>
    Tickets,
    /// <summary>The category's negative texts: tickets labelled negative (subject words, phrases and tags) and survey comments
    /// labelled negative (their words), each on its day (docs/alerts.md, "Negative share").</summary>
    Negative,
}

/// <summary>
/// The evidence behind an alert notice, per firing or escalated category (resolved ones need none), read from
/// the warehouse: the daily counts the detector judges (<see cref="DailyCategoryCounts"/>) and the words, phrases and
/// tags that stand out on the day against the 56 days before (<see cref="StandoutTerms"/>): of the category's tickets
/// for a volume spike, of its negative texts for a negative-share jump (<see cref="NegativeTerms"/>).
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
    public const int MinTermCount = TermCounts.DefaultMinCount;

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
    /// The one place the alerts ask which terms stand out in a category's texts on <paramref name="day"/> against the
    /// <see cref="SeriesDays"/> days before it (docs/alerts.md, "Evidence"): the words, phrases and tags of its tickets
    /// for a volume spike; of its negative tickets and negative survey comments for a negative-share jump. The log-odds
    /// z-score of <see cref="TermCounts.Standout"/> (at least <see cref="MinTermCount"/> texts of the day), without the
    /// category's own name and without a term another of them repeats (<see cref="TermCounts.WithoutRepeats"/>), the
    /// best <see cref="TermLimit"/>.
    /// </summary>
    public static IReadOnlyList<StandoutTerm> StandoutTerms(DuckDBConnection db, string category, DateOnly day, StandoutTexts texts)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(category);
        var request = texts == StandoutTexts.Negative
            ? new TermsRequest(TextSource.All, day, day, day.AddDays(-SeriesDays), day.AddDays(-1), category, SentimentLabel.Negative)
            : new TermsRequest(TextSource.Tickets, day, day, day.AddDays(-SeriesDays), day.AddDays(-1), category);
        var own = OwnName(category);
        var standing = WordsAndPhrases.Count(db, request, withTags: true, DailyCategoryCounts.NoCategory).Standout([TermKind.Word, TermKind.Phrase, TermKind.Tag], MinTermCount, int.MaxValue)
            .Where(t => !own.Contains(new TermKey(t.Kind, t.Key)))
            .OrderByDescending(t => t.Score).ThenByDescending(t => t.Count).ThenBy(t => t.Key, StringComparer.Ordinal)
            .ToList();
        return [.. TermCounts.WithoutRepeats(standing).Take(TermLimit)
            .Select(t => new StandoutTerm(t.Term, t.Count, t.BaselineCount / (double)SeriesDays, t.Example))];
    }

    /// <summary>
    /// The terms that are the category's name as a whole, which say nothing new about it: the tag of that name, and
    /// its one word ("Payments") or the phrase of its two ("Login &amp; Access").
    /// </summary>
    private static HashSet<TermKey> OwnName(string category)
    {
        var own = new HashSet<TermKey>();
        if (TextTerms.Tag(category) is { } tag)
        {
            own.Add(tag.Term);
        }
        var terms = TextTerms.Of(category);
        var words = terms.Where(t => t.Term.Kind == TermKind.Word).ToList();
        if (words.Count == 1)
        {
            own.Add(words[0].Term);
        }
        else if (words.Count == 2)
        {
            own.UnionWith(terms.Where(t => t.Term.Kind == TermKind.Phrase).Select(t => t.Term));
        }
        return own;
    }
}
