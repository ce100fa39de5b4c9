using System.Globalization;
using Analytics.Pipeline.Text;
using CsvHelper;

namespace Analytics.Pipeline.Cli;

/// <summary>
/// What <c>analytics text terms</c> prints. Example texts are customers' words: in the table each is one line, its
/// control characters made spaces and cut (<see cref="TextExcerpt"/>); JSON and CSV carry them whole, escaped by
/// their writers.
/// </summary>
public static class TextTermsOutput
{
    /// <summary>How much of an example text the table shows.</summary>
    public const int ExampleLength = 60;

    /// <summary>A term longer than this is cut in the table (JSON and CSV have it whole).</summary>
    public const int TermLength = 32;

    public static void Write(TermsReport report, bool counts, int minCount, string timeZone, OutputFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case OutputFormat.Json: WriteJson(report, counts, timeZone, output); break;
            case OutputFormat.Csv: WriteCsv(report, output); break;
            default: WriteTable(report, counts, minCount, timeZone, output); break;
        }
    }

    private static void WriteTable(TermsReport report, bool counts, int minCount, string timeZone, TextWriter output)
    {
        var r = report.Request;
        var what = r.Texts switch
        {
            TextSource.Tickets => "Tickets",
            TextSource.Comments => "Survey comments",
            _ => "Tickets and survey comments",
        };
        var filters = string.Concat(
            r.Category is null ? "" : $", category {TextExcerpt.Of(r.Category, TermLength)}",
            r.Sentiment is null ? "" : $", sentiment {r.Sentiment.Value.Text()}");
        output.WriteLine(Invariant($"{what}{filters} ({timeZone}): period {r.From:yyyy-MM-dd} to {r.To:yyyy-MM-dd}, {report.PeriodDocuments:N0} text(s); baseline {r.BaselineFrom:yyyy-MM-dd} to {r.BaselineTo:yyyy-MM-dd}, {report.BaselineDocuments:N0} text(s)"));
        if (counts)
        {
            Section(output, "Most frequent words (texts of the period that have them)", report.Words, report.PeriodDocuments, counts);
            Section(output, "Most frequent phrases", report.Phrases, report.PeriodDocuments, counts);
            return;
        }
        if (report.PeriodDocuments == 0 || report.BaselineDocuments == 0)
        {
            output.WriteLine(report.PeriodDocuments == 0 ? "No texts in the period: nothing can stand out." : "No texts in the baseline to compare with: nothing can stand out.");
            return;
        }
        var rule = Invariant($"log-odds z-score at least {TermCounts.MinStandoutZ}, at least {minCount} text(s) of the period");
        Section(output, $"Words that stand out ({rule})", report.Words, report.PeriodDocuments, counts);
        Section(output, "Phrases that stand out", report.Phrases, report.PeriodDocuments, counts);
    }

    private static void Section(TextWriter output, string title, IReadOnlyList<TermStat> terms, int periodDocuments, bool counts)
    {
        output.WriteLine();
        output.WriteLine(title);
        if (terms.Count == 0)
        {
            output.WriteLine("  none");
            return;
        }
        var names = terms.Select(t => TextExcerpt.Of(t.Term, TermLength)).ToList();
        var width = Math.Max(4, names.Max(n => n.Length));
        output.WriteLine(counts
            ? $"  {"term".PadRight(width)}  {"period",7}  {"share",6}  {"baseline",8}  example"
            : $"  {"term".PadRight(width)}  {"period",7}  {"baseline",8}  {"z",6}  example");
        for (var i = 0; i < terms.Count; i++)
        {
            var t = terms[i];
            var example = TextExcerpt.Of(t.Example, ExampleLength);
            output.WriteLine(counts
                ? Invariant($"  {names[i].PadRight(width)}  {t.Count,7:N0}  {100.0 * t.Count / periodDocuments,5:0.0}%  {t.BaselineCount,8:N0}  {example}")
                : Invariant($"  {names[i].PadRight(width)}  {t.Count,7:N0}  {t.BaselineCount,8:N0}  {t.Score,6:0.00}  {example}"));
        }
    }

    private static void WriteJson(TermsReport report, bool counts, string timeZone, TextWriter output)
    {
        var r = report.Request;
        Output.WriteJson(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("texts", r.Texts.Text());
            json.WriteString("mode", counts ? "counts" : "standout");
            json.WriteString("time_zone", timeZone);
            json.WriteString("category", r.Category);
            json.WriteString("sentiment", r.Sentiment?.Text());
            json.WriteStartObject("period");
            json.WriteString("from", Day(r.From));
            json.WriteString("to", Day(r.To));
            json.WriteNumber("texts", report.PeriodDocuments);
            json.WriteEndObject();
            json.WriteStartObject("baseline");
            json.WriteString("from", Day(r.BaselineFrom));
            json.WriteString("to", Day(r.BaselineTo));
            json.WriteNumber("texts", report.BaselineDocuments);
            json.WriteEndObject();
            foreach (var (name, terms) in new[] { ("words", report.Words), ("phrases", report.Phrases) })
            {
                json.WriteStartArray(name);
                foreach (var t in terms)
                {
                    json.WriteStartObject();
                    json.WriteString("term", t.Term);
                    json.WriteString("key", t.Key);
                    json.WriteNumber("count", t.Count);
                    json.WriteNumber("baseline_count", t.BaselineCount);
                    json.NumberOrNull("score", t.Score);
                    json.WriteString("example", t.Example);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        });
    }

    private static void WriteCsv(TermsReport report, TextWriter output)
    {
        using var csv = CsvWriter.Create(output, new CsvWriterOptions(), true);
        foreach (var column in new[] { "kind", "term", "key", "count", "baseline_count", "score", "example" })
        {
            csv.WriteField(column);
        }
        csv.EndRecord();
        foreach (var t in report.Words.Concat(report.Phrases))
        {
            csv.WriteField(t.Kind.Text());
            csv.WriteField(t.Term);
            csv.WriteField(t.Key);
            csv.WriteField(FrameWriter.Text(t.Count));
            csv.WriteField(FrameWriter.Text(t.BaselineCount));
            csv.WriteField(FrameWriter.Text(t.Score));
            csv.WriteField(t.Example ?? "");
            csv.EndRecord();
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
