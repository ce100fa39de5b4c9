using Analytics.Pipeline.Text;
using Analytics.Tests.Support;

namespace Analytics.Tests.Text;

/// <summary>
/// The learnt model in the warehouse: labelled comments by their scores, training, the choice against the lexicon,
/// the stored model, and the texts rescored by the model in use (docs/voc.md, "Learnt model").
/// </summary>
public sealed class TextModelsTests : IDisposable
{
    private readonly TempWarehouse _w = new();

    public void Dispose() => _w.Dispose();

    private static readonly TrainingOptions Small = new(MinimumPerClass: 10);

    /// <summary>Survey responses R1… with their survey, score, scale and comment, answered on <paramref name="day"/> (a later day replaces them).</summary>
    private string Surveys(string name, int day, IEnumerable<(string Survey, int Score, int ScaleMax, string Comment)> rows)
    {
        var path = Path.Combine(_w.Folder, name);
        File.WriteAllLines(path, ["response_id,survey,score,scale_max,responded_at,ticket_id,customer_id,agent_id,comment",
            .. rows.Select((r, i) => $"R{i + 1},{r.Survey},{r.Score},{r.ScaleMax},2026-03-{day:00}T12:00:00Z,,C{i + 1},,\"{r.Comment}\"")]);
        return path;
    }

    /// <summary>The planted French comments as NPS answers: promoters 9 or 10, detractors 0 to 6, and two passives.</summary>
    private static IEnumerable<(string, int, int, string)> PlantedNps() =>
        LearntSentimentTests.Planted().Select((t, i) => ("nps", t.Positive ? 9 + i % 2 : i % 7, 10, t.Text))
            .Concat([("nps", 7, 10, "service rapide mais attente"), ("nps", 8, 10, "attente au rayon")]);

    private List<(string Model, long Texts)> ModelsOfComments() =>
        [.. _w.Rows("SELECT model, count(*) AS n FROM comment_sentiment GROUP BY model ORDER BY model").Select(r => ((string)r["model"]!, (long)r["n"]!))];

    [Fact]
    public void Comments_are_labelled_by_csat_boxes_and_nps_groups()
    {
        _w.Ingest(Surveys("s.csv", 2, [
            ("csat", 5, 5, "top"), ("csat", 4, 5, "top too"), ("csat", 3, 5, "middle: left out"), ("csat", 2, 5, "bottom"), ("csat", 1, 5, "bottom too"),
            ("csat", 9, 10, "top of ten"), ("csat", 8, 10, "eight of ten: left out"), ("csat", 2, 10, "bottom of ten"),
            ("nps", 10, 10, "promoter"), ("nps", 7, 10, "passive: left out"), ("nps", 6, 10, "detractor"), ("nps", 0, 10, "detractor too"),
            ("ces", 7, 7, "effort: left out"), ("csat", 5, 5, " ")]));

        var labelled = TextModels.LabelledComments(_w.Db).OrderBy(t => t.Text, StringComparer.Ordinal).ToList();

        Assert.Equal([
            new LabelledText("bottom", false), new LabelledText("bottom of ten", false), new LabelledText("bottom too", false),
            new LabelledText("detractor", false), new LabelledText("detractor too", false), new LabelledText("promoter", true),
            new LabelledText("top", true), new LabelledText("top of ten", true), new LabelledText("top too", true)], labelled);
    }

    [Fact]
    public void Too_few_labelled_comments_is_an_error_naming_the_counts_and_stores_nothing()
    {
        _w.Ingest(Surveys("s.csv", 2, LearntSentimentTests.Planted().Take(25).Select(t => ("csat", t.Positive ? 5 : 1, 5, t.Text))));

        var error = Assert.Throws<UserInputException>(() => TextModels.Train(_w.Db));

        Assert.Contains("20 positive and 5 negative", error.Message, StringComparison.Ordinal);
        Assert.Contains("at least 100 of each", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, _w.Scalar<long>("SELECT count(*) FROM text_models"));
    }

    [Fact]
    public void A_model_that_beats_the_lexicon_is_stored_in_use_and_the_texts_are_rescored_with_its_name()
    {
        _w.Ingest(Surveys("s.csv", 2, PlantedNps()));
        Assert.Equal(42, TextSentiments.Refresh(_w.Db));
        Assert.Equal([("lexicon", 42L)], ModelsOfComments());

        var result = TextModels.Train(_w.Db, Small);

        var model = result.Model;
        Assert.Equal((1, "learnt:1", 20, 20, true), (model.ModelId, model.Name, model.PositiveN, model.NegativeN, model.InUse));
        // French: the lexicon scores every comment 0, so its AUC is ½; the learnt model's is higher on held-out comments.
        Assert.Equal(0.5, model.LexiconAuc);
        Assert.True(model.LearntAuc > 0.9, $"learnt AUC {model.LearntAuc}");
        Assert.Equal((model.LearntAuc, model.LexiconAuc), (result.Evaluation.All.LearntAuc, result.Evaluation.All.LexiconAuc));

        // Every comment was scored by the lexicon: all are pending again, and are rescored once.
        Assert.Equal(42, TextSentiments.Refresh(_w.Db));
        Assert.Equal([("learnt:1", 42L)], ModelsOfComments());
        Assert.Equal(0, TextSentiments.Refresh(_w.Db));
        Assert.Equal("positive", _w.Scalar<string>("SELECT label FROM comment_sentiment WHERE response_id = 'R1'"));
        Assert.Equal("negative", _w.Scalar<string>("SELECT label FROM comment_sentiment WHERE response_id = 'R21'"));
    }

    [Fact]
    public void The_stored_model_is_the_trained_one()
    {
        _w.Ingest(Surveys("s.csv", 2, PlantedNps()));
        TextModels.Train(_w.Db, Small);
        _w.Close();

        var stored = TextModels.InUse(_w.Db)!;

        // Training is deterministic: the same comments fitted again give the weights the warehouse must hold.
        var trained = LearntSentiment.Train(TextModels.LabelledComments(_w.Db), Small.L2);
        Assert.Equal(trained.Weights.OrderBy(w => w.Key), stored.Model.Weights.OrderBy(w => w.Key));
        Assert.Equal(trained.Bias, stored.Model.Bias);
        Assert.Equal(trained.Score("service vraiment rapide"), stored.Model.Score("service vraiment rapide"));
        Assert.Equal(TextFeatures.FeatureSet, stored.Info.FeatureSet);
        Assert.Equal(trained.Weights.Count, _w.Scalar<long>("SELECT count(*) FROM text_model_weights WHERE model_id = 1"));
    }

    /// <summary>
    /// Each comment has one sentiment word of the English lexicon, a different one every time, in the same frame: the
    /// lexicon ranks every positive above every negative (AUC 1), while the learnt model meets each word only in the
    /// comment it is held out with.
    /// </summary>
    private static readonly string[] Good = ["good", "great", "excellent", "helpful", "friendly", "amazing", "wonderful", "fantastic", "pleasant", "polite", "kind", "happy", "perfect", "lovely", "nice", "superb", "brilliant", "awesome", "delightful", "courteous"];
    private static readonly string[] Bad = ["bad", "terrible", "awful", "rude", "slow", "useless", "horrible", "poor", "disappointing", "unhelpful", "annoying", "broken", "worst", "dreadful", "nasty", "lousy", "hostile", "incompetent", "pathetic", "careless"];

    [Fact]
    public void A_model_that_does_not_beat_the_lexicon_is_not_used_and_the_texts_go_back_to_the_lexicon()
    {
        // First a model that wins, in use.
        _w.Ingest(Surveys("s1.csv", 2, PlantedNps()));
        TextModels.Train(_w.Db, Small);
        TextSentiments.Refresh(_w.Db);
        Assert.Equal([("learnt:1", 42L)], ModelsOfComments());

        // The same responses answered again later, now with the lexicon's words.
        Assert.All(Good, w => Assert.True(LexiconSentiment.Score($"The staff was {w}").Score > 0, w));
        Assert.All(Bad, w => Assert.True(LexiconSentiment.Score($"The staff was {w}").Score < 0, w));
        _w.Ingest(Surveys("s2.csv", 3, [.. Good.Select(w => ("csat", 5, 5, $"The staff was {w}")), .. Bad.Select(w => ("csat", 1, 5, $"The staff was {w}"))]));

        var result = TextModels.Train(_w.Db, Small);

        Assert.Equal(1.0, result.Model.LexiconAuc);
        Assert.True(result.Model.LearntAuc < 1.0, $"learnt AUC {result.Model.LearntAuc}");
        Assert.False(result.Model.InUse);
        Assert.Null(TextModels.InUse(_w.Db));
        Assert.Equal([(1, false), (2, false)], _w.Rows("SELECT model_id, in_use FROM text_models ORDER BY model_id").Select(r => ((int)r["model_id"]!, (bool)r["in_use"]!)));
        // Only the newest model keeps its weights.
        Assert.Equal([2], _w.Rows("SELECT DISTINCT model_id FROM text_model_weights").Select(r => (int)r["model_id"]!));

        // 40 responses changed their comment and two (R41, R42: the passives) were scored by learnt:1: all back to the lexicon.
        Assert.Equal(42, TextSentiments.Refresh(_w.Db));
        Assert.Equal([("lexicon", 42L)], ModelsOfComments());
    }
}
