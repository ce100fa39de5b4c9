using System.Globalization;
using System.Text;
using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Text;
using Analytics.Pipeline.Warehouse;
using Microsoft.Extensions.Configuration;
using static Analytics.Benchmarks.Timing;

namespace Analytics.Benchmarks;

/// <summary>
/// Scoring the sentiment of every ticket of the KPI benchmark's warehouse (1M tickets, <c>kpi.duckdb</c> in the work
/// directory: run the kpi benchmark first), on a copy: the first refresh (every ticket's subject and description scored)
/// against reading the same texts out of DuckDB (the reference, timed in the same run), and the refresh after it, which finds nothing
/// new (docs/voc.md).
/// </summary>
public static class SentimentBenchmark
{
    private sealed record TicketText(string Source, string Id, string? Text, ulong TextHash);

    public static string Run(BenchmarkOptions options)
    {
        var source = Path.Combine(options.WorkDirectory, "kpi.duckdb");
        if (!File.Exists(source))
        {
            throw new FileNotFoundException($"{source} not found: run the kpi benchmark first, it builds the warehouse");
        }
        var copy = FreshFile(options.WorkDirectory, "sentiment.duckdb");
        File.Copy(source, copy);
        var settings = SettingsLoader.Bind(new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(KpiBenchmark.ConfigJson))).Build());
        using var db = WarehouseDb.OpenForWrite(copy, settings);
        var texts = db.Scalar<long>("SELECT count(*) FROM tickets");
        var reads = new List<double>();
        var firsts = new List<double>();
        var agains = new List<double>();
        for (var run = 0; run < options.Runs; run++)
        {
            // The texts as queries/text/pending_tickets.sql reads them.
            reads.Add(Time(() => db.Query<TicketText>("SELECT source, ticket_id AS id, text, hash(text) AS text_hash FROM (SELECT *, concat_ws(chr(10), subject, description) AS text FROM tickets)")));
            db.Execute("DELETE FROM ticket_sentiments");
            firsts.Add(Time(() => TextSentiments.Refresh(db)));
            agains.Add(Time(() => TextSentiments.Refresh(db)));
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run + 1}: read {reads[^1]:F2} s, first refresh {firsts[^1]:F2} s, again {agains[^1]:F3} s"));
        }
        var (read, first, again) = (Median(reads), Median(firsts), Median(agains));
        return string.Create(CultureInfo.InvariantCulture, $"""
            | texts | read the texts (reference) s | first refresh s | ratio | texts / s | refresh with nothing new s |
            |---:|---:|---:|---:|---:|---:|
            | {texts:N0} | {read:F2} | {first:F2} | {first / read:F1} | {texts / first:N0} | {again:F3} |

            Median of {options.Runs} runs; the tickets of the kpi benchmark's warehouse (subject and description), scored by the lexicon model.
            """);
    }
}
