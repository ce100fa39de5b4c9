using System.CommandLine;
using System.Globalization;
using Analytics.Pipeline.Text;

namespace Analytics.Pipeline.Cli;

/// <summary>
/// <c>analytics text train | evaluate</c> (subcommands of <see cref="TextCommand"/>): the learnt sentiment model (docs/voc.md, "Learnt model") fitted to the
/// labelled survey comments, and both models' quality on them.
/// </summary>
public static class TextModelCommands
{
    public static Command Train()
    {
        var format = Output.FormatOption(OutputFormat.Table, OutputFormat.Table, OutputFormat.Json);
        var command = new Command("train",
            "Fit the learnt sentiment model to the labelled survey comments, cross-validate it against the lexicon, store it and use it when it does better")
        { format };
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            using var session = context.OpenForWrite();
            var result = TextModels.Train(session.Db);
            var rescored = TextSentiments.Refresh(session.Db);
            if (Output.Format(parse, format) == OutputFormat.Json)
            {
                Output.WriteJson(Console.Out, json =>
                {
                    json.WriteStartObject();
                    WriteModel(json, result.Model);
                    json.WriteNumber("rescored", rescored);
                    WriteRows(json, result.Evaluation);
                    json.WriteEndObject();
                });
                return ExitCodes.Success;
            }
            var model = result.Model;
            Console.Out.WriteLine(Invariant($"Sentiment model {model.Name}, trained on {model.PositiveN:N0} positive and {model.NegativeN:N0} negative survey comments:"));
            WriteTable(result.Evaluation, Console.Out);
            Console.Out.WriteLine(model.InUse
                ? Invariant($"In use: it beats the lexicon on the held-out comments ({Auc(model.LearntAuc)} > {Auc(model.LexiconAuc)}); {rescored:N0} texts rescored as {model.Name}.")
                : Invariant($"Not in use: it does not beat the lexicon on the held-out comments ({Auc(model.LearntAuc)} against {Auc(model.LexiconAuc)}); the lexicon scores the texts ({rescored:N0} rescored)."));
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Evaluate()
    {
        var format = Output.FormatOption(OutputFormat.Table, OutputFormat.Table, OutputFormat.Json);
        var command = new Command("evaluate",
            "AUC of the lexicon and of a learnt model (cross-validated) on the labelled survey comments, in all and per language; stores nothing")
        { format };
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            using var session = context.OpenReadOnly();
            var evaluation = TextModels.Evaluate(session.Db);
            var inUse = TextModels.InUse(session.Db)?.Info;
            if (Output.Format(parse, format) == OutputFormat.Json)
            {
                Output.WriteJson(Console.Out, json =>
                {
                    json.WriteStartObject();
                    json.WriteString("in_use", inUse?.Name ?? LexiconSentiment.Model);
                    WriteRows(json, evaluation);
                    json.WriteEndObject();
                });
                return ExitCodes.Success;
            }
            WriteTable(evaluation, Console.Out);
            if (evaluation.All.Positive < TrainingOptions.DefaultMinimumPerClass || evaluation.All.Negative < TrainingOptions.DefaultMinimumPerClass)
            {
                Console.Out.WriteLine(Invariant($"Rough figures: fewer than {TrainingOptions.DefaultMinimumPerClass} comments of a class; text train needs {TrainingOptions.DefaultMinimumPerClass} of each."));
            }
            Console.Out.WriteLine(inUse is null
                ? "In use: the lexicon."
                : Invariant($"In use: {inUse.Name}, trained {inUse.TrainedAt:yyyy-MM-dd HH:mm} UTC on {inUse.PositiveN + inUse.NegativeN:N0} comments (learnt AUC then {Auc(inUse.LearntAuc)}, lexicon {Auc(inUse.LexiconAuc)})."));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The figures of a cross-validation as a table: every comment first, then each language found.</summary>
    internal static void WriteTable(EvaluationResult evaluation, TextWriter output)
    {
        string[] header = ["comments", "positive", "negative", "lexicon AUC", Invariant($"learnt AUC ({evaluation.Folds}-fold CV)")];
        var rows = evaluation.Rows.Select(r => new[] { r.Texts.Text(), Invariant($"{r.Positive:N0}"), Invariant($"{r.Negative:N0}"), Auc(r.LexiconAuc), Auc(r.LearntAuc) }).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();
        output.WriteLine(string.Join("  ", header.Select((h, i) => i == 0 ? h.PadRight(widths[i]) : h.PadLeft(widths[i]))));
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))));
        }
        if (evaluation.Rows.Any(r => r.Texts == EvaluatedTexts.Other))
        {
            output.WriteLine("other: comments in neither English nor Russian, which the lexicon does not read (it scores them 0).");
        }
    }

    private static void WriteModel(System.Text.Json.Utf8JsonWriter json, TextModelInfo model)
    {
        json.WriteString("model", model.Name);
        json.WriteString("trained_at", model.TrainedAt);
        json.WriteNumber("positive_n", model.PositiveN);
        json.WriteNumber("negative_n", model.NegativeN);
        json.WriteBoolean("in_use", model.InUse);
    }

    private static void WriteRows(System.Text.Json.Utf8JsonWriter json, EvaluationResult evaluation)
    {
        json.WriteNumber("folds", evaluation.Folds);
        json.WriteNumber("seed", evaluation.Seed);
        json.WriteStartArray("quality");
        foreach (var row in evaluation.Rows)
        {
            json.WriteStartObject();
            json.WriteString("comments", row.Texts.Text());
            json.WriteNumber("positive", row.Positive);
            json.WriteNumber("negative", row.Negative);
            json.NumberOrNull("lexicon_auc", row.LexiconAuc);
            json.NumberOrNull("learnt_auc", row.LearntAuc);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }


    private static string Auc(double? auc) => auc is { } value ? value.ToString("F3", CultureInfo.InvariantCulture) : "–";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
