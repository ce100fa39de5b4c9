namespace Analytics.Pipeline.Text;

/// <summary>Which labelled texts a row of an evaluation is about: all of them, or those of one language.</summary>
public enum EvaluatedTexts
{
    All,
    English,
    Russian,
    /// <summary>Texts in neither lexicon language: another language (French), or no letters.</summary>
    Other,
}

/// <summary>
/// How well each model tells negative from positive texts (docs/voc.md, "Quality"): the AUC of the lexicon's scores
/// and of the learnt model's cross-validated ones, on the same texts; null when a class is empty.
/// </summary>
public sealed record ModelQuality(EvaluatedTexts Texts, int Positive, int Negative, double? LexiconAuc, double? LearntAuc);

/// <summary>The figures of a cross-validation: the rows (every text first, then by language) and how it was run.</summary>
public sealed record EvaluationResult(IReadOnlyList<ModelQuality> Rows, int Folds, int Seed, double L2)
{
    /// <summary>The row of every text.</summary>
    public ModelQuality All => Rows[0];
}

/// <summary>
/// Both sentiment models measured on labelled texts (docs/voc.md, "Quality"): the learnt model by stratified k-fold
/// cross-validation (each text scored by the model fitted on the other folds; the AUC of these held-out scores
/// pooled), the lexicon on the same texts (it learns nothing from them, so every text is held out from it).
/// </summary>
public static class SentimentEvaluation
{
    public static EvaluationResult CrossValidate(IReadOnlyList<LabelledText> texts, int folds = StratifiedFolds.DefaultFolds,
        int seed = StratifiedFolds.DefaultSeed, double l2 = LearntSentiment.DefaultL2)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var labels = texts.Select(t => t.Positive).ToArray();
        var fold = StratifiedFolds.Assign(labels, folds, seed);
        var learnt = new double[texts.Count];
        for (var k = 0; k < folds; k++)
        {
            var training = Enumerable.Range(0, texts.Count).Where(i => fold[i] != k).Select(i => texts[i]).ToList();
            var model = LearntSentiment.Train(training, l2);
            for (var i = 0; i < texts.Count; i++)
            {
                if (fold[i] == k)
                {
                    learnt[i] = model.Score(texts[i].Text).Score;
                }
            }
        }
        var lexicon = texts.Select(t => LexiconSentiment.Score(t.Text)).ToArray();
        var rows = new List<ModelQuality> { Quality(EvaluatedTexts.All, Enumerable.Range(0, texts.Count).ToList(), labels, lexicon, learnt) };
        foreach (var group in Enumerable.Range(0, texts.Count).GroupBy(i => Of(lexicon[i].Language)).OrderBy(g => g.Key))
        {
            rows.Add(Quality(group.Key, group.ToList(), labels, lexicon, learnt));
        }
        return new EvaluationResult(rows, folds, seed, l2);
    }

    private static EvaluatedTexts Of(TextLanguage? language) => language switch
    {
        TextLanguage.English => EvaluatedTexts.English,
        TextLanguage.Russian => EvaluatedTexts.Russian,
        _ => EvaluatedTexts.Other,
    };

    private static ModelQuality Quality(EvaluatedTexts name, List<int> members, bool[] labels, SentimentScore[] lexicon, double[] learnt)
    {
        var truth = members.Select(i => labels[i]).ToList();
        return new ModelQuality(name, truth.Count(p => p), truth.Count(p => !p),
            RocAuc.Of(members.Select(i => lexicon[i].Score).ToList(), truth),
            RocAuc.Of(members.Select(i => learnt[i]).ToList(), truth));
    }
}
