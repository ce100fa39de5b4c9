using System.Text.Json;
using Analytics.Tests.Support;
using CliRunner = Analytics.Tests.Support.Cli;

namespace Analytics.Tests.Cli;

/// <summary><c>analytics text train | evaluate</c> through the real executable (README, "What customers say").</summary>
public sealed class TextCommandTests : IDisposable
{
    private readonly TempWarehouse _w = new();

    public void Dispose() => _w.Dispose();

    /// <summary>
    /// CSAT answers whose comments say "rapide" when satisfied (5 of 5) and "attente" when not (1 of 5), in French,
    /// which the lexicon does not read, with a varied rest: <paramref name="each"/> of each.
    /// </summary>
    private string Comments(int each)
    {
        string[] places = ["au magasin", "en caisse", "au rayon", "à l'accueil", "au parking", "au téléphone", "sur le site", "à la livraison", "au retrait", "au comptoir"];
        string[] openings = ["vraiment", "toujours", "encore", "franchement", "comme d'habitude", "ce matin", "hier", "cette fois", "samedi", "en semaine"];
        var rows = Enumerable.Range(0, each).SelectMany(i => new[]
        {
            $"P{i},csat,5,5,2026-03-02T12:00:00Z,,C{i},,{openings[i % 10]} service rapide {places[i / 10 % 10]}",
            $"N{i},csat,1,5,2026-03-02T12:00:00Z,,D{i},,{openings[i % 10]} attente {places[i / 10 % 10]}",
        });
        return _w.Write("surveys.csv", string.Join('\n', ["response_id,survey,score,scale_max,responded_at,ticket_id,customer_id,agent_id,comment", .. rows]) + "\n");
    }

    [Fact]
    public void Train_with_too_few_labelled_comments_exits_2_and_says_how_many_there_are_and_evaluate_gives_rough_figures()
    {
        Assert.Equal(0, CliRunner.Run(_w.Folder, "ingest", Comments(30), "--db", "w.duckdb").ExitCode);

        var result = CliRunner.Run(_w.Folder, "text", "train", "--db", "w.duckdb");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("too few labelled survey comments: 30 positive and 30 negative", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("at least 100 of each", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);

        // Evaluating needs one comment of each class per fold only.
        var evaluate = CliRunner.Run(_w.Folder, "text", "evaluate", "--db", "w.duckdb");
        Assert.True(evaluate.ExitCode == 0, evaluate.Stderr);
        Assert.Contains("Rough figures: fewer than 100 comments of a class; text train needs 100 of each.", evaluate.Stdout, StringComparison.Ordinal);
        Assert.Contains("In use: the lexicon.", evaluate.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_stores_a_model_that_beats_the_lexicon_and_evaluate_reports_both()
    {
        Assert.Equal(0, CliRunner.Run(_w.Folder, "ingest", Comments(100), "--db", "w.duckdb").ExitCode);

        var train = CliRunner.Run(_w.Folder, "text", "train", "--db", "w.duckdb");

        Assert.True(train.ExitCode == 0, train.Stderr);
        var lines = train.Stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("Sentiment model learnt:1, trained on 100 positive and 100 negative survey comments:", lines[0]);
        Assert.StartsWith("comments  positive  negative  lexicon AUC  learnt AUC (5-fold CV)", lines[1], StringComparison.Ordinal);
        // Every comment is French: the lexicon scores them all 0 (AUC 0.5), in the row "other".
        Assert.Matches(@"^all\s+100\s+100\s+0\.500\s+1\.000$", lines[2]);
        Assert.Matches(@"^other\s+100\s+100\s+0\.500\s+1\.000$", lines[3]);
        Assert.Contains("In use: it beats the lexicon on the held-out comments (1.000 > 0.500); 200 texts rescored as learnt:1.", train.Stdout, StringComparison.Ordinal);

        var evaluate = CliRunner.Run(_w.Folder, "text", "evaluate", "--db", "w.duckdb", "--format", "json");

        Assert.True(evaluate.ExitCode == 0, evaluate.Stderr);
        var json = JsonDocument.Parse(evaluate.Stdout).RootElement;
        Assert.Equal("learnt:1", json.GetProperty("in_use").GetString());
        var all = json.GetProperty("quality")[0];
        Assert.Equal(("all", 100, 100, 0.5, 1.0), (all.GetProperty("comments").GetString(), all.GetProperty("positive").GetInt32(),
            all.GetProperty("negative").GetInt32(), all.GetProperty("lexicon_auc").GetDouble(), all.GetProperty("learnt_auc").GetDouble()));
    }
}
