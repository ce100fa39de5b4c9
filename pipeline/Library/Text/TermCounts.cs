namespace Analytics.Pipeline.Text;

/// <summary>
/// A row of queries/text/term_counts.sql: a term (<paramref name="Kind"/>, its key <paramref name="Term"/>), how most
/// documents write it, the documents of the period and of the baseline that have it and the period's latest of them;
/// with a null kind, the documents of the period and of the baseline.
/// </summary>
public sealed record TermRow(TermKind? Kind, string? Term, string? Written, int Period, int Baseline, string? Example);

/// <summary>
/// A term's figures: its <paramref name="Term"/> as people read it (the words most documents write it as: "delivery"
/// for the stem "deliveri"), the documents of the period and of the baseline that have it, its
/// <paramref name="Score"/> (the z-score of <see cref="LogOddsRatio"/>; null for plain counts) and the latest
/// document of the period that has it, as stored (<paramref name="Example"/>, untrusted).
/// </summary>
public sealed record TermStat(TermKind Kind, string Key, string Term, int Count, int BaselineCount, double? Score, string? Example);

/// <summary>
/// The documents of a period and of its baseline that have each term (docs/voc.md, "Words and phrases"): a document
/// counts once per term however often it repeats it. From these, the terms that stand out in the period
/// (<see cref="Standout"/>) and the most frequent ones (<see cref="Top"/>).
/// </summary>
public sealed class TermCounts
{
    /// <summary>A term stands out from this z-score on (a one-sided test at 2.5%).</summary>
    public const double MinStandoutZ = 1.96;

    /// <summary>A term stands out only with at least this many documents of the period unless told otherwise: two are an anecdote.</summary>
    public const int DefaultMinCount = 3;

    private readonly Dictionary<TermKey, Entry> _entries;
    private readonly Dictionary<(TermKind Kind, bool InPeriod), long> _totals;

    private TermCounts(Dictionary<TermKey, Entry> entries, int periodDocuments, int baselineDocuments)
    {
        _entries = entries;
        PeriodDocuments = periodDocuments;
        BaselineDocuments = baselineDocuments;
        _totals = entries
            .SelectMany(e => new[] { (e.Key.Kind, InPeriod: true, Count: (long)e.Value.Period), (e.Key.Kind, InPeriod: false, Count: (long)e.Value.Baseline) })
            .GroupBy(t => (t.Kind, t.InPeriod))
            .ToDictionary(g => g.Key, g => g.Sum(t => t.Count));
    }

    /// <summary>Documents of the period (with a term or not).</summary>
    public int PeriodDocuments { get; }

    /// <summary>Documents of the baseline (with a term or not).</summary>
    public int BaselineDocuments { get; }

    /// <summary>
    /// The n of <see cref="LogOddsRatio"/>: the documents having each term of a kind, summed over the terms (a document
    /// with three words adds three), in the period or in the baseline.
    /// </summary>
    public long Total(TermKind kind, bool inPeriod) => _totals.GetValueOrDefault((kind, inPeriod));

    /// <summary>
    /// The counts of the warehouse's stored terms (queries/text/term_counts.sql): one row per term, and one with a
    /// null kind that counts the documents.
    /// </summary>
    public static TermCounts From(IEnumerable<TermRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var entries = new Dictionary<TermKey, Entry>();
        int period = 0, baseline = 0;
        foreach (var row in rows)
        {
            if (row.Kind is not { } kind)
            {
                (period, baseline) = (row.Period, row.Baseline);
                continue;
            }
            entries[new TermKey(kind, row.Term!)] = new Entry(row.Period, row.Baseline, row.Written!, row.Example);
        }
        return new TermCounts(entries, period, baseline);
    }

    /// <summary>
    /// The terms of <paramref name="kinds"/> whose share rose in the period: at least <paramref name="minCount"/>
    /// documents of the period and a z-score (<see cref="LogOddsRatio"/>, against the terms of the same kind) of at
    /// least <paramref name="minZ"/>; highest score first (then more documents, then the key), at most
    /// <paramref name="limit"/> of each kind. None without documents in both the period and the baseline.
    /// </summary>
    public IReadOnlyList<TermStat> Standout(IReadOnlyCollection<TermKind> kinds, int minCount, int limit, double minZ = MinStandoutZ)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        if (PeriodDocuments == 0 || BaselineDocuments == 0)
        {
            return [];
        }
        return [.. kinds.SelectMany(kind => _entries
            .Where(e => e.Key.Kind == kind && e.Value.Period >= minCount)
            .Select(e => (e.Key, e.Value, Score: LogOddsRatio.Of(e.Value.Period, Total(kind, true), e.Value.Baseline, Total(kind, false))))
            .Where(t => t.Score.Delta > 0 && t.Score.Z >= minZ)
            .OrderByDescending(t => t.Score.Z).ThenByDescending(t => t.Value.Period).ThenBy(t => t.Key.Key, StringComparer.Ordinal)
            .Take(limit)
            .Select(t => Stat(t.Key, t.Value, t.Score.Z)))];
    }

    /// <summary>The <paramref name="limit"/> terms of a kind that most documents of the period have (then the key).</summary>
    public IReadOnlyList<TermStat> Top(TermKind kind, int limit) =>
        [.. _entries
            .Where(e => e.Key.Kind == kind && e.Value.Period > 0)
            .OrderByDescending(e => e.Value.Period).ThenBy(e => e.Key.Key, StringComparer.Ordinal)
            .Take(limit)
            .Select(e => Stat(e.Key, e.Value, null))];

    /// <summary>
    /// <paramref name="terms"/> without those another of them repeats: a term is left out when another has all its
    /// stems (<see cref="TextTerms.Stems"/>) and more besides with at least as many documents ("declined" beside
    /// the phrase "card declined"), or the same stems with more documents, or as many and is a tag (then a phrase,
    /// then the key decides): the phrase "card declined" or the tag <c>card_declined</c>, not both. Order is kept.
    /// </summary>
    public static IReadOnlyList<TermStat> WithoutRepeats(IReadOnlyList<TermStat> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var stems = terms.Select(t => TextTerms.Stems(new TermKey(t.Kind, t.Key)).ToHashSet(StringComparer.Ordinal)).ToList();
        return [.. terms.Where((term, a) => !terms.Where((other, b) => b != a && Repeats(other, stems[b], term, stems[a])).Any())];
    }

    /// <summary>Whether <paramref name="other"/> says all that <paramref name="term"/> says (see <see cref="WithoutRepeats"/>).</summary>
    private static bool Repeats(TermStat other, HashSet<string> otherStems, TermStat term, HashSet<string> termStems)
    {
        if (!otherStems.IsSupersetOf(termStems))
        {
            return false;
        }
        if (!otherStems.SetEquals(termStems))
        {
            return other.Count >= term.Count;
        }
        if (other.Count != term.Count)
        {
            return other.Count > term.Count;
        }
        // The same stems as often: a tag (which people chose) over a phrase over a word, then the smaller key.
        return other.Kind != term.Kind ? other.Kind > term.Kind : string.CompareOrdinal(other.Key, term.Key) < 0;
    }

    private static TermStat Stat(TermKey key, Entry entry, double? score) =>
        new(key.Kind, key.Key, entry.Written, entry.Period, entry.Baseline, score, entry.Example);

    /// <summary>A term's documents in the period and the baseline, how most of them write it, and the period's latest.</summary>
    private sealed record Entry(int Period, int Baseline, string Written, string? Example);
}
