using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Text;

/// <summary>The texts the words-and-phrases counts read (queries/text/term_counts.sql).</summary>
public enum TextSource
{
    /// <summary>Tickets' text: subject and description.</summary>
    Tickets,
    /// <summary>Survey responses' comments.</summary>
    Comments,
    /// <summary>Both together.</summary>
    All,
}

/// <summary>
/// Which texts to count (docs/voc.md, "Words and phrases"): <paramref name="Texts"/> of the local dates
/// <paramref name="From"/>..<paramref name="To"/> (the period) and <paramref name="BaselineFrom"/>..<paramref name="BaselineTo"/>
/// (the baseline it is compared with), both inclusive and in the reporting zone, of a category (null: all) and a
/// sentiment label (null: all).
/// </summary>
public sealed record TermsRequest(
    TextSource Texts, DateOnly From, DateOnly To, DateOnly BaselineFrom, DateOnly BaselineTo,
    string? Category = null, SentimentLabel? Sentiment = null)
{
    /// <summary>The baseline is at least this many days: 8 weeks, as the alert email's.</summary>
    public const int DefaultBaselineDays = 56;

    /// <summary>
    /// The baseline when none is given: the <see cref="DefaultBaselineDays"/> days just before the period, or as many
    /// days as the period has when it is longer (a quarter against the quarter before).
    /// </summary>
    public static (DateOnly From, DateOnly To) DefaultBaseline(DateOnly from, DateOnly to)
    {
        var days = Math.Max(DefaultBaselineDays, to.DayNumber - from.DayNumber + 1);
        return (from.AddDays(-days), from.AddDays(-1));
    }

    /// <summary>The request with the <see cref="DefaultBaseline"/>.</summary>
    public static TermsRequest WithDefaultBaseline(TextSource texts, DateOnly from, DateOnly to, string? category = null, SentimentLabel? sentiment = null)
    {
        var (baselineFrom, baselineTo) = DefaultBaseline(from, to);
        return new TermsRequest(texts, from, to, baselineFrom, baselineTo, category, sentiment);
    }

    /// <summary>Why the request cannot be answered (a date range backwards, a baseline overlapping the period); null when it can.</summary>
    public string? Problem() =>
        From > To ? $"the period starts {From:yyyy-MM-dd}, after it ends {To:yyyy-MM-dd}"
        : BaselineFrom > BaselineTo ? $"the baseline starts {BaselineFrom:yyyy-MM-dd}, after it ends {BaselineTo:yyyy-MM-dd}"
        : BaselineFrom <= To && From <= BaselineTo ? $"the baseline {BaselineFrom:yyyy-MM-dd}..{BaselineTo:yyyy-MM-dd} overlaps the period {From:yyyy-MM-dd}..{To:yyyy-MM-dd}"
        : null;
}

/// <summary>What <c>analytics text terms</c> shows: the period's and baseline's documents and the words and phrases found.</summary>
public sealed record TermsReport(TermsRequest Request, int PeriodDocuments, int BaselineDocuments, IReadOnlyList<TermStat> Words, IReadOnlyList<TermStat> Phrases);

/// <summary>
/// Words and phrases of tickets and survey comments out of the warehouse (docs/voc.md, "Words and phrases"): the terms
/// stored with each text when it was scored, added up over a period and its baseline (queries/text/term_counts.sql).
/// </summary>
public static class WordsAndPhrases
{
    /// <summary>The terms of the request's texts; with the tickets' tags as terms when <paramref name="withTags"/>.</summary>
    /// <param name="noCategory">The name <see cref="TermsRequest.Category"/> gives the texts without a category.</param>
    public static TermCounts Count(DuckDBConnection db, TermsRequest request, bool withTags = false, string noCategory = DimensionValue.None)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(request));
        }
        // The arguments go in as literals, as kpi()'s do: DuckDB then drops the half of the query the texts asked for
        // do not need and reads only the row groups of the dates (docs/performance.md).
        return TermCounts.From(db.Query<TermRow>(Sql.WithLiterals(SqlFiles.Read("text/term_counts.sql"), new Dictionary<string, object?>
        {
            ["tickets"] = request.Texts != TextSource.Comments,
            ["comments"] = request.Texts != TextSource.Tickets,
            ["tags"] = withTags,
            ["period_from"] = request.From,
            ["period_to"] = request.To,
            ["baseline_from"] = request.BaselineFrom,
            ["baseline_to"] = request.BaselineTo,
            ["category"] = request.Category,
            ["no_category"] = noCategory,
            ["sentiment"] = request.Sentiment?.Text(),
        })));
    }

    /// <summary>The words and the phrases that stand out in the period (<see cref="TermCounts.Standout"/>), up to <paramref name="top"/> of each.</summary>
    public static TermsReport Standout(DuckDBConnection db, TermsRequest request, int top, int minCount)
    {
        var counts = Count(db, request);
        return new TermsReport(request, counts.PeriodDocuments, counts.BaselineDocuments,
            counts.Standout([TermKind.Word], minCount, top), counts.Standout([TermKind.Phrase], minCount, top));
    }

    /// <summary>The words and the phrases most documents of the period have (<see cref="TermCounts.Top"/>), up to <paramref name="top"/> of each.</summary>
    public static TermsReport Top(DuckDBConnection db, TermsRequest request, int top)
    {
        var counts = Count(db, request);
        return new TermsReport(request, counts.PeriodDocuments, counts.BaselineDocuments,
            counts.Top(TermKind.Word, top), counts.Top(TermKind.Phrase, top));
    }
}
