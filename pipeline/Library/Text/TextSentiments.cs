using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Text;

/// <summary>
/// Keeps the sentiment of tickets and survey comments (tables <c>ticket_sentiments</c>, <c>comment_sentiments</c>,
/// views <c>ticket_sentiment</c>, <c>comment_sentiment</c>) up to date after an ingest: only the rows whose text is
/// new or changed since it was scored are read and scored again (docs/voc.md, "In the warehouse").
/// </summary>
public static class TextSentiments
{
    /// <summary>Scores what is new or changed, in one transaction; returns how many texts were scored.</summary>
    public static int Refresh(DuckDBConnection db)
    {
        ArgumentNullException.ThrowIfNull(db);
        using var transaction = db.BeginTransaction();
        var scored = Refresh(db, "text/pending_tickets.sql", "text/scored_tickets.sql")
            + Refresh(db, "text/pending_comments.sql", "text/scored_comments.sql");
        transaction.Commit();
        return scored;
    }

    /// <summary>A text to score: its row's key, and the hash the score is stored with.</summary>
    private sealed record PendingText(string Source, string Id, string? Text, ulong TextHash);

    private static int Refresh(DuckDBConnection db, string pending, string store)
    {
        var texts = db.Query<PendingText>(SqlFiles.Read(pending));
        if (texts.Count == 0)
        {
            return 0;
        }
        db.Execute(SqlFiles.Read("text/scored_texts.sql"));
        using (var appender = db.CreateAppender("temp", "main", "scored_texts"))
        {
            foreach (var text in texts)
            {
                var score = LexiconSentiment.Score(text.Text);
                appender.CreateRow()
                    .AppendValue(text.Source)
                    .AppendValue(text.Id)
                    .AppendValue(text.TextHash)
                    .AppendValue(score.Score)
                    .AppendValue(score.Label.Text())
                    .AppendValue(score.Language?.Text())
                    .AppendValue(LexiconSentiment.Model)
                    .EndRow();
            }
        }
        db.Execute(SqlFiles.Read(store));
        return texts.Count;
    }
}
