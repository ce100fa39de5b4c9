using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Text;

/// <summary>
/// Keeps the sentiment of tickets and survey comments (tables <c>ticket_sentiments</c>, <c>comment_sentiments</c>,
/// views <c>ticket_sentiment</c>, <c>comment_sentiment</c>) up to date after an ingest: only the rows whose text is
/// new or changed since it was scored, or that another model scored, are read and scored again (docs/voc.md, "In the
/// warehouse"). The model is the learnt one in use (<see cref="TextModels.InUse"/>), else the lexicon.
/// </summary>
public static class TextSentiments
{
    /// <summary>
    /// How many texts are read, scored and stored at a time: a first load of millions of tickets is scored in batches,
    /// so that memory holds one batch of texts, not all of them.
    /// </summary>
    public const int BatchSize = 250_000;

    /// <summary>Scores what is new, changed or scored by another model, in one transaction; returns how many texts were scored.</summary>
    public static int Refresh(DuckDBConnection db, int batchSize = BatchSize)
    {
        ArgumentNullException.ThrowIfNull(db);
        using var transaction = db.BeginTransaction();
        // The model's name decides what is pending; its weights are read only when something is.
        var learnt = TextModels.InUseInfo(db);
        var model = learnt is null
            ? new Scorer(LexiconSentiment.Model, new Lazy<Func<string?, SentimentScore>>(() => LexiconSentiment.Score))
            : new Scorer(learnt.Name, new Lazy<Func<string?, SentimentScore>>(() => TextModels.Load(db, learnt).Score));
        var scored = Refresh(db, model, "text/pending_tickets.sql", "text/scored_tickets.sql", batchSize)
            + Refresh(db, model, "text/pending_comments.sql", "text/scored_comments.sql", batchSize);
        transaction.Commit();
        return scored;
    }

    /// <summary>The model that scores: its name in the <c>model</c> column, and how it scores a text.</summary>
    private sealed record Scorer(string Name, Lazy<Func<string?, SentimentScore>> Score);

    /// <summary>A text to score: its row's key, and the hash the score is stored with.</summary>
    private sealed record PendingText(string Source, string Id, string? Text, ulong TextHash);

    private static int Refresh(DuckDBConnection db, Scorer model, string pending, string store, int batchSize)
    {
        var scored = 0;
        while (true)
        {
            // A batch stored is no longer pending, so the same query gives the next one.
            var texts = db.Query<PendingText>(SqlFiles.Read(pending), new { limit = batchSize, model = model.Name });
            if (texts.Count == 0)
            {
                return scored;
            }
            Store(db, model, texts, store);
            scored += texts.Count;
        }
    }

    /// <summary>
    /// A text's terms as the temporary table <c>scored_texts</c> takes them, which <c>term_lines()</c>
    /// (queries/text/scored_texts.sql) turns into the stored list: one line per term, its kind, term and written form
    /// separated by tabs (a term is letters and a space, never a tab or a line break). One value per text: the
    /// appender's cost is per value, and ten rows per text cost more than the scoring.
    /// </summary>
    internal static string Lines(IReadOnlyList<TermOccurrence> terms) =>
        string.Join('\n', terms.Select(t => $"{t.Term.Kind.Text()}\t{t.Term.Key}\t{t.Surface}"));

    private static void Store(DuckDBConnection db, Scorer model, IReadOnlyList<PendingText> texts, string store)
    {
        db.Execute(SqlFiles.Read("text/scored_texts.sql"));
        // Scoring is most of the time and needs nothing shared but read-only lexicons or weights: on every core. The
        // terms are worked out in the same pass, once per text (docs/voc.md, "Words and phrases").
        var scorer = model.Score.Value;
        var scores = texts.AsParallel().AsOrdered().Select(t => (Score: scorer(t.Text), Terms: Lines(TextTerms.Once(t.Text)))).ToList();
        using (var appender = db.CreateAppender("temp", "main", "scored_texts"))
        {
            foreach (var (text, (score, terms)) in texts.Zip(scores))
            {
                appender.CreateRow()
                    .AppendValue(text.Source)
                    .AppendValue(text.Id)
                    .AppendValue(text.TextHash)
                    .AppendValue(score.Score)
                    .AppendValue(score.Label.Text())
                    .AppendValue(score.Language?.Text())
                    .AppendValue(model.Name)
                    .AppendValue(terms)
                    .EndRow();
            }
        }
        db.Execute(SqlFiles.Read(store));
    }
}
