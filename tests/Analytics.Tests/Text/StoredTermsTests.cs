using Analytics.Pipeline.Text;
using Analytics.Pipeline.Warehouse;
using Analytics.Tests.Support;

namespace Analytics.Tests.Text;

/// <summary>
/// The words and phrases counted from the terms the warehouse stores with each text (queries/text/term_counts.sql)
/// are those of the texts themselves: on the sample data (English and Russian tickets with descriptions, survey
/// comments, tags), every request gives what counting the same texts in memory gives (<see cref="TermCountsOfTexts.Count"/>),
/// term by term; and the stored terms follow a text that changes.
/// </summary>
public sealed class StoredTermsTests
{
    private static readonly DateOnly From = new(2026, 11, 2), To = new(2026, 11, 8);

    public static TheoryData<TextSource, bool, string?, SentimentLabel?> Requests => new()
    {
        { TextSource.Tickets, false, null, null },
        { TextSource.Tickets, true, null, null },
        { TextSource.Comments, false, null, null },
        { TextSource.All, true, null, SentimentLabel.Negative },
        { TextSource.Tickets, false, "Shipping", null },
        { TextSource.All, false, "(none)", null },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void Counts_from_stored_terms_are_those_of_the_texts(TextSource texts, bool withTags, string? category, SentimentLabel? sentiment)
    {
        using var db = SampleWarehouse.Canonical.OpenReadOnly();
        var request = TermsRequest.WithDefaultBaseline(texts, From, To, category, sentiment);

        var stored = WordsAndPhrases.Count(db, request, withTags);
        var expected = TermCountsOfTexts.Count(Documents(db, request, withTags));

        Assert.True(expected.PeriodDocuments > 0 && expected.BaselineDocuments > 0, "the sample has texts in both");
        Assert.Equal(expected.PeriodDocuments, stored.PeriodDocuments);
        Assert.Equal(expected.BaselineDocuments, stored.BaselineDocuments);
        foreach (var kind in Enum.GetValues<TermKind>())
        {
            Assert.Equal(expected.Total(kind, true), stored.Total(kind, true));
            Assert.Equal(expected.Total(kind, false), stored.Total(kind, false));
            Assert.Equal(expected.Top(kind, int.MaxValue), stored.Top(kind, int.MaxValue));
        }
        Assert.NotEmpty(stored.Top(TermKind.Phrase, 1));
    }

    [Fact]
    public void A_changed_text_gets_its_new_terms_and_no_longer_its_old_ones()
    {
        using var warehouse = SampleWarehouse.Canonical.Copy();
        var db = warehouse.Db;
        db.Execute("UPDATE tickets SET subject = 'Zebra crossing', description = NULL WHERE ticket_id = 'T000001'");

        Assert.Equal(1, TextSentiments.Refresh(db));

        Assert.Equal(["zebra", "crossing", "zebra crossing"], Terms(db, "T000001").Select(t => t.Written));
        Assert.Equal(["zebra", "cross", "zebra cross"], Terms(db, "T000001").Select(t => t.Term));
        Assert.Equal(["word", "word", "phrase"], Terms(db, "T000001").Select(t => t.Kind));
    }

    private sealed record TermView(string Kind, string Term, string Written);

    private static IReadOnlyList<TermView> Terms(DuckDB.NET.Data.DuckDBConnection db, string ticket) =>
        db.Query<TermView>("SELECT t.kind, t.term, t.written FROM ticket_sentiments, unnest(terms) AS u(t) WHERE ticket_id = $ticket", new { ticket });

    /// <summary>The request's texts as the reference reads them: the KPI rows' dates, oldest first (then source and id).</summary>
    private static List<TextDocument> Documents(DuckDB.NET.Data.DuckDBConnection db, TermsRequest request, bool withTags)
    {
        var rows = db.Query<DocumentRow>(
            """
            SELECT * FROM (
                SELECT k.created_at AS happened_at, k.source, k.ticket_id AS id, ticket_text(t.subject, t.description) AS text, t.tags,
                       CAST(k.created_local AS DATE) AS day, k.category, s.label
                FROM kpi_tickets k JOIN tickets t USING (source, ticket_id) LEFT JOIN ticket_sentiment s USING (source, ticket_id)
                WHERE $tickets
                UNION ALL
                SELECT q.responded_at, q.source, q.response_id, r.comment, NULL, CAST(q.responded_local AS DATE), q.category, s.label
                FROM kpi_surveys q JOIN surveys r USING (source, response_id) JOIN comment_sentiment s USING (source, response_id)
                WHERE $comments)
            WHERE (day BETWEEN $from AND $to OR day BETWEEN $baseline_from AND $baseline_to)
              AND ($category IS NULL OR coalesce(category, '(none)') = $category)
              AND ($sentiment IS NULL OR label = $sentiment)
            ORDER BY happened_at, source, id
            """,
            new
            {
                tickets = request.Texts != TextSource.Comments,
                comments = request.Texts != TextSource.Tickets,
                from = request.From,
                to = request.To,
                baseline_from = request.BaselineFrom,
                baseline_to = request.BaselineTo,
                category = request.Category,
                sentiment = request.Sentiment?.Text(),
            });
        return [.. rows.Select(r => new TextDocument(r.Text, r.Day >= request.From && r.Day <= request.To, withTags ? r.Tags ?? [] : null))];
    }

    private sealed record DocumentRow(DateTimeOffset HappenedAt, string Source, string Id, string? Text, IReadOnlyList<string>? Tags, DateOnly Day, string? Category, string? Label);
}
