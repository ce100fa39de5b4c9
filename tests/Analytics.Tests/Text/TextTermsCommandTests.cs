using System.Text.Json;
using Analytics.Pipeline.Text;
using Analytics.Tests.Support;
using CliRunner = Analytics.Tests.Support.Cli;

namespace Analytics.Tests.Text;

/// <summary>
/// <c>analytics text terms</c> on a small warehouse through the real executable: the words and phrases that stand out
/// in a week against the default baseline (the 56 days before), worked out by hand; plain counts; the category and
/// sentiment filters; customers' texts printed safely; bad usage.
/// </summary>
/// <remarks>
/// Reporting zone Europe/Berlin. The period is the ISO week 2026-11-09..2026-11-15; the default baseline is
/// 2026-09-14..2026-11-08.
/// </remarks>
public sealed class TextTermsCommandTests : IDisposable
{
    private const string Tickets = "ticket_id,created_at,status,category,subject,tags";
    private const string Surveys = "response_id,survey,score,scale_max,responded_at,ticket_id,customer_id,agent_id,comment";

    /// <summary>The latest "long delivery" ticket of the week: a terminal escape and a line break in its subject.</summary>
    private const string Hostile = "Long delivery\u001b[2J\r\nagain";

    private readonly KpiWarehouse _wh = new("""{"Reporting":{"TimeZone":"Europe/Berlin"}}""");

    public TextTermsCommandTests()
    {
        var tickets = new List<string>();
        // The week: 12 "long delivery" tickets (the last one hostile), 2 Russian ones, 3 invoices, 2 zebras.
        tickets.AddRange(Enumerable.Range(1, 11).Select(i => $"L{i},2026-11-10T{6 + i:00}:00:00Z,open,Shipping,Long delivery again,"));
        tickets.Add($"L12,2026-11-10T18:00:00Z,open,Shipping,\"{Hostile}\",");
        tickets.AddRange(Enumerable.Range(1, 2).Select(i => $"R{i},2026-11-11T{8 + i:00}:00:00Z,open,Shipping,Долгая доставка,"));
        tickets.AddRange(Enumerable.Range(1, 3).Select(i => $"I{i},2026-11-12T{8 + i:00}:00:00Z,open,Billing,Invoice copy,"));
        tickets.AddRange(Enumerable.Range(1, 2).Select(i => $"Z{i},2026-11-13T{8 + i:00}:00:00Z,open,Billing,Zebra,"));
        // The baseline: 40 invoices, 2 "long delivery"; one ticket before it and one after the week count in neither.
        tickets.AddRange(Enumerable.Range(1, 40).Select(i => $"B{i},{new DateOnly(2026, 9, 14).AddDays(i):yyyy-MM-dd}T10:00:00Z,solved,Billing,Invoice copy,"));
        tickets.AddRange(Enumerable.Range(1, 2).Select(i => $"S{i},2026-10-{10 + i}T10:00:00Z,solved,Shipping,Long delivery,"));
        tickets.Add("X1,2026-09-13T10:00:00Z,solved,Shipping,Long delivery,");
        tickets.Add("X2,2026-11-15T23:30:00Z,open,Shipping,Zebra,"); // 00:30 on 2026-11-16 in Berlin
        _wh.Load(Tickets, [.. tickets]);
        var surveys = new List<string>();
        surveys.AddRange(Enumerable.Range(1, 12).Select(i => $"C{i},csat,1,5,2026-11-10T{6 + i:00}:00:00Z,,,,Очень долгая доставка"));
        surveys.AddRange(Enumerable.Range(1, 30).Select(i => $"G{i},csat,5,5,{new DateOnly(2026, 9, 20).AddDays(i):yyyy-MM-dd}T10:00:00Z,,,,Всё отлично"));
        surveys.Add("N1,csat,2,5,2026-10-15T10:00:00Z,,,,Долгая доставка");
        _wh.Load(Surveys, [.. surveys]);
        TextSentiments.Refresh(_wh.Warehouse.Db);
        _wh.Warehouse.Close();
    }

    public void Dispose() => _wh.Dispose();

    private CliRunner.Result Terms(params string[] args) =>
        CliRunner.Run(_wh.Warehouse.Folder, ["text", "terms", "--db", _wh.Warehouse.DbPath, "--timezone", "Europe/Berlin", "--from", "2026-11-09", "--to", "2026-11-15", .. args]);

    private static JsonElement Json(CliRunner.Result result)
    {
        Assert.True(result.ExitCode == 0, result.Stderr);
        return JsonDocument.Parse(result.Stdout).RootElement;
    }

    private static List<(string, int, int, double)> Rows(JsonElement json, string kind) =>
        [.. json.GetProperty(kind).EnumerateArray().Select(t => (t.GetProperty("term").GetString()!, t.GetProperty("count").GetInt32(),
            t.GetProperty("baseline_count").GetInt32(), Math.Round(t.GetProperty("score").GetDouble(), 4)))];

    [Fact]
    public void The_words_and_phrases_whose_share_rose_stand_out_and_rare_noise_does_not()
    {
        // Words (document counts; "again" is a stop word): period long 12, deliveri 12, долг 2, доставк 2, invoic 3,
        // copi 3, zebra 2: n_i = 36; baseline invoic 40, copi 40, long 2, deliveri 2: n_j = 84; α_0 = 120.
        //   long, deliveri  12/2, α 14: δ = ln(26 / (36 + 120 − 26)) − ln(16 / (84 + 120 − 16)) = ln(26/130) − ln(16/188)
        //                   = 0.854415, σ² = 1/26 + 1/16 = 0.100962, z = 2.6890: stand out (tied: by key, deliveri first)
        //   zebra           2/0,  α 2:  δ = ln(4/152) − ln(2/202) = 0.977534, σ² = 1/4 + 1/2 = 0.75, z = 1.1288: no,
        //                   though it is new (and долг, доставк likewise)
        //   invoic, copi    3/40: fell
        // Phrases: period long deliveri 12, долг доставк 2, invoic copi 3: n_i = 17; baseline invoic copi 40, long
        // deliveri 2: n_j = 42; α_0 = 59.
        //   long deliveri   12/2, α 14: δ = ln(26/50) − ln(16/85) = 1.016136, σ² = 0.100962, z = 3.1980
        //   долг доставк    2/0,  α 2:  δ = ln(4/72) − ln(2/99) = 1.011601, σ² = 0.75, z = 1.1681: no
        var json = Json(Terms("--min-count", "2", "--format", "json"));

        Assert.Equal(("2026-09-14", "2026-11-08"), (json.GetProperty("baseline").GetProperty("from").GetString(), json.GetProperty("baseline").GetProperty("to").GetString()));
        Assert.Equal((19, 42), (json.GetProperty("period").GetProperty("texts").GetInt32(), json.GetProperty("baseline").GetProperty("texts").GetInt32()));
        Assert.Equal([("delivery", 12, 2, 2.6890), ("long", 12, 2, 2.6890)], Rows(json, "words"));
        Assert.Equal([("long delivery", 12, 2, 3.1980)], Rows(json, "phrases"));
        // The example is the latest text of the week with the term, as stored.
        Assert.All(json.GetProperty("words").EnumerateArray(), t => Assert.Equal(Hostile, t.GetProperty("example").GetString()));
    }

    [Fact]
    public void The_table_shows_each_term_with_its_counts_score_and_example_on_one_line()
    {
        var result = Terms();

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("Tickets (Europe/Berlin): period 2026-11-09 to 2026-11-15, 19 text(s); baseline 2026-09-14 to 2026-11-08, 42 text(s)", lines[0]);
        Assert.Contains("Words that stand out (log-odds z-score at least 1.96, at least 3 text(s) of the period)", lines);
        // The example's escape and line break are spaces: one line, nothing for the terminal to obey.
        Assert.Contains(lines, l => Words(l).SequenceEqual(["delivery", "12", "2", "2.69", "Long", "delivery", "[2J", "again"]));
        Assert.Contains(lines, l => Words(l).SequenceEqual(["long", "delivery", "12", "2", "3.20", "Long", "delivery", "[2J", "again"]));
        Assert.DoesNotContain('\u001b', result.Stdout);
        Assert.DoesNotContain(lines, l => l.StartsWith("again", StringComparison.Ordinal));
    }

    private static string[] Words(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Plain_counts_list_the_most_frequent_words_and_phrases_of_the_period_in_russian_too()
    {
        // The week's 12 comments "Очень долгая доставка": очень (очен), долгая (долг), доставка (доставк) in each, and
        // the phrases "очень долгая", "долгая доставка"; equal counts go by key (д before о).
        var json = Json(Terms("--texts", "comments", "--counts", "--format", "json"));

        Assert.Equal("counts", json.GetProperty("mode").GetString());
        Assert.Equal((12, 31), (json.GetProperty("period").GetProperty("texts").GetInt32(), json.GetProperty("baseline").GetProperty("texts").GetInt32()));
        Assert.Equal(["долгая", "доставка", "очень"], json.GetProperty("words").EnumerateArray().Select(t => t.GetProperty("term").GetString()));
        var phrases = json.GetProperty("phrases").EnumerateArray().Select(t => (t.GetProperty("term").GetString(), t.GetProperty("count").GetInt32(), t.GetProperty("baseline_count").GetInt32()));
        Assert.Equal([("долгая доставка", 12, 1), ("очень долгая", 12, 0)], phrases);
        Assert.All(json.GetProperty("words").EnumerateArray(), t => Assert.Equal(JsonValueKind.Null, t.GetProperty("score").ValueKind));

        var table = Terms("--texts", "comments", "--counts", "--top", "1");
        Assert.Contains(table.Stdout.ReplaceLineEndings("\n").Split('\n'), l => Words(l).SequenceEqual(["долгая", "доставка", "12", "100.0%", "1", "Очень", "долгая", "доставка"]));
    }

    [Fact]
    public void Category_and_sentiment_choose_the_texts_of_both_period_and_baseline()
    {
        // Billing: the week's 3 invoices and 2 zebras, the baseline's 40 invoices.
        var billing = Json(Terms("--category", "Billing", "--format", "json"));
        Assert.Equal((5, 40), (billing.GetProperty("period").GetProperty("texts").GetInt32(), billing.GetProperty("baseline").GetProperty("texts").GetInt32()));
        // Negative comments: the week's 12 "Очень долгая доставка" and the baseline's "Долгая доставка" (-0.51), not
        // "Всё отлично".
        var negative = Json(Terms("--texts", "comments", "--sentiment", "negative", "--format", "json"));
        Assert.Equal((12, 1), (negative.GetProperty("period").GetProperty("texts").GetInt32(), negative.GetProperty("baseline").GetProperty("texts").GetInt32()));
        Assert.Equal("negative", negative.GetProperty("sentiment").GetString());
    }

    [Fact]
    public void A_given_baseline_replaces_the_default_and_csv_carries_the_texts_whole()
    {
        var result = Terms("--baseline-from", "2026-10-11", "--baseline-to", "2026-10-12", "--counts", "--top", "1", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        // The baseline holds S1, S2 ("Long delivery") only: the top word's baseline count is 2.
        var lines = result.Stdout.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("kind,term,key,count,baseline_count,score,example", lines[0]);
        Assert.StartsWith("word,delivery,deliveri,12,2,,\"Long delivery\u001b[2J", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_usage_exits_2_with_a_message()
    {
        var half = Terms("--baseline-from", "2026-10-01");
        var overlapping = Terms("--baseline-from", "2026-11-01", "--baseline-to", "2026-11-10");
        var sentiment = Terms("--sentiment", "angry");
        var backwards = CliRunner.Run(_wh.Warehouse.Folder, "text", "terms", "--db", _wh.Warehouse.DbPath, "--from", "2026-11-15", "--to", "2026-11-09");

        Assert.Equal((2, 2, 2, 2), (half.ExitCode, overlapping.ExitCode, sentiment.ExitCode, backwards.ExitCode));
        Assert.Contains("--baseline-from and --baseline-to go together", half.Stderr, StringComparison.Ordinal);
        Assert.Contains("the baseline 2026-11-01..2026-11-10 overlaps the period 2026-11-09..2026-11-15", overlapping.Stderr, StringComparison.Ordinal);
        Assert.Contains("angry", sentiment.Stderr, StringComparison.Ordinal);
        Assert.Contains("the period starts 2026-11-15, after it ends 2026-11-09", backwards.Stderr, StringComparison.Ordinal);
    }
}
