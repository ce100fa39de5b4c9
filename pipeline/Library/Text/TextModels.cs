using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Text;

/// <summary>A stored learnt sentiment model's row of <c>text_models</c> (docs/voc.md, "Learnt model").</summary>
public sealed record TextModelInfo(int ModelId, DateTimeOffset TrainedAt, int PositiveN, int NegativeN, int Folds, int Seed, double L2,
    string FeatureSet, double? LearntAuc, double? LexiconAuc, bool InUse, double Bias)
{
    /// <summary>The name its texts carry in the views' <c>model</c> column: <c>learnt:&lt;model_id&gt;</c>.</summary>
    public string Name => Prefix + ModelId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public const string Prefix = "learnt:";
}

/// <summary>A stored learnt model: its row and the model itself.</summary>
public sealed record StoredTextModel(TextModelInfo Info, LearntSentiment Model);

/// <summary>What a training did: the model stored (in use or not) and the cross-validated figures that decided it.</summary>
public sealed record TrainingResult(TextModelInfo Model, EvaluationResult Evaluation);

/// <summary>How a model is trained and when it may be used (docs/voc.md, "Learnt model").</summary>
public sealed record TrainingOptions(int MinimumPerClass = TrainingOptions.DefaultMinimumPerClass, int Folds = StratifiedFolds.DefaultFolds,
    int Seed = StratifiedFolds.DefaultSeed, double L2 = LearntSentiment.DefaultL2)
{
    /// <summary>
    /// Labelled comments of each class needed to train at all: with fewer, a fold holds too few of a class for its AUC
    /// to mean much (with 100 of each, the AUC's standard error is about 0.03).
    /// </summary>
    public const int DefaultMinimumPerClass = 100;
}

/// <summary>
/// The learnt sentiment model in the warehouse (tables <c>text_models</c>, <c>text_model_weights</c>; docs/voc.md,
/// "Learnt model"): trained on the organisation's labelled survey comments, stored with its figures, and in use when
/// it beats the lexicon on the held-out comments.
/// </summary>
public static class TextModels
{
    /// <summary>The survey comments with the tone their score gives them (<c>queries/text/labelled_comments.sql</c>).</summary>
    public static IReadOnlyList<LabelledText> LabelledComments(DuckDBConnection db) =>
        db.Query<LabelledText>(SqlFiles.Read("text/labelled_comments.sql"));

    /// <summary>
    /// Both models measured on the warehouse's labelled comments, stored nowhere (<c>analytics text evaluate</c>). It
    /// needs only one comment of each class per fold: with fewer than <see cref="TrainingOptions.MinimumPerClass"/>, the
    /// figures are rough, and training would refuse.
    /// </summary>
    public static EvaluationResult Evaluate(DuckDBConnection db, TrainingOptions? options = null)
    {
        options ??= new TrainingOptions();
        var texts = LabelledComments(db);
        EnoughOfEach(texts, options with { MinimumPerClass = options.Folds });
        return SentimentEvaluation.CrossValidate(texts, options.Folds, options.Seed, options.L2);
    }

    /// <summary>
    /// Cross-validates a model on the labelled comments, fits it on all of them and stores it, in use when its AUC on
    /// the held-out comments is above the lexicon's on the same comments (else no learnt model is in use). Too few
    /// labelled comments is an error the user must fix by loading more (<see cref="UserInputException"/>).
    /// The texts are not rescored here: <see cref="TextSentiments.Refresh(DuckDBConnection, int)"/> does it.
    /// </summary>
    public static TrainingResult Train(DuckDBConnection db, TrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        options ??= new TrainingOptions();
        var texts = LabelledComments(db);
        EnoughOfEach(texts, options);
        var evaluation = SentimentEvaluation.CrossValidate(texts, options.Folds, options.Seed, options.L2);
        var model = LearntSentiment.Train(texts, options.L2);
        var inUse = evaluation.All.LearntAuc > evaluation.All.LexiconAuc;

        using var transaction = db.BeginTransaction();
        var id = db.Scalar<int>(SqlFiles.Read("text/model_insert.sql"), new
        {
            positive_n = evaluation.All.Positive,
            negative_n = evaluation.All.Negative,
            folds = options.Folds,
            seed = options.Seed,
            l2 = options.L2,
            feature_set = TextFeatures.FeatureSet,
            learnt_auc = evaluation.All.LearntAuc,
            lexicon_auc = evaluation.All.LexiconAuc,
            bias = model.Bias,
        });
        using (var appender = db.CreateAppender("text_model_weights"))
        {
            foreach (var (slot, weight) in model.Weights.OrderBy(w => w.Key))
            {
                appender.CreateRow().AppendValue(id).AppendValue(slot).AppendValue(weight).EndRow();
            }
        }
        db.Execute(SqlFiles.Read("text/model_choose.sql"), new { model_id = id, in_use = inUse });
        db.Execute(SqlFiles.Read("text/model_weights_prune.sql"), new { model_id = id });
        transaction.Commit();
        return new TrainingResult(db.Query<TextModelInfo>(SqlFiles.Read("text/model.sql"), new { model_id = id }).Single(), evaluation);
    }

    /// <summary>The learnt model that scores the texts, or null when the lexicon does.</summary>
    public static StoredTextModel? InUse(DuckDBConnection db) => InUseInfo(db) is { } info ? new StoredTextModel(info, Load(db, info)) : null;

    /// <summary>The row of the learnt model in use, without its weights; null when the lexicon scores the texts.</summary>
    public static TextModelInfo? InUseInfo(DuckDBConnection db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Query<TextModelInfo>(SqlFiles.Read("text/model_in_use.sql"), new { feature_set = TextFeatures.FeatureSet }).SingleOrDefault();
    }

    /// <summary>A stored model's weights, as the model that scores with them.</summary>
    public static LearntSentiment Load(DuckDBConnection db, TextModelInfo info)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(info);
        var weights = db.Query<SlotWeight>(SqlFiles.Read("text/model_weights.sql"), new { model_id = info.ModelId });
        return new LearntSentiment(weights.ToDictionary(w => w.Slot, w => w.Weight), info.Bias);
    }

    private sealed record SlotWeight(int Slot, double Weight);

    private static void EnoughOfEach(IReadOnlyList<LabelledText> texts, TrainingOptions options)
    {
        var positive = texts.Count(t => t.Positive);
        var negative = texts.Count - positive;
        if (positive < options.MinimumPerClass || negative < options.MinimumPerClass)
        {
            throw new UserInputException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"too few labelled survey comments: {positive:N0} positive and {negative:N0} negative; the learnt sentiment model needs at least {options.MinimumPerClass:N0} of each (CSAT top or bottom two boxes, NPS promoters or detractors, with a comment; docs/voc.md). The lexicon model goes on scoring the texts."));
        }
    }
}
