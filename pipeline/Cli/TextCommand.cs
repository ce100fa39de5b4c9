using System.CommandLine;
using Analytics.Pipeline.Text;

namespace Analytics.Pipeline.Cli;

/// <summary>
/// <c>analytics text ...</c>: what customers write (docs/voc.md). <c>text terms</c> prints the words and phrases that
/// stand out in a period against a baseline, or with <c>--counts</c> the most frequent ones; <c>text train</c> and
/// <c>text evaluate</c> are the learnt sentiment model's (<see cref="TextModelCommands"/>).
/// </summary>
public static class TextCommand
{
    /// <summary>How many words and how many phrases are shown unless <c>--top</c> says otherwise.</summary>
    public const int DefaultTop = 15;

    public static Command Create()
    {
        var text = new Command("text", "What customers write: words and phrases of tickets and survey comments, and the sentiment models");
        text.Add(Terms());
        text.Add(TextModelCommands.Train());
        text.Add(TextModelCommands.Evaluate());
        return text;
    }

    private static Command Terms()
    {
        var from = new Option<string>("--from") { Description = "First local date (YYYY-MM-DD) of the period, in the reporting time zone", Required = true };
        var to = new Option<string>("--to") { Description = "Last local date of the period, inclusive", Required = true };
        var baselineFrom = new Option<string?>("--baseline-from")
        {
            Description = $"First local date of the baseline (default: the {TermsRequest.DefaultBaselineDays} days before --from, or as many days as the period when it is longer)",
        };
        var baselineTo = new Option<string?>("--baseline-to") { Description = "Last local date of the baseline, inclusive (with --baseline-from)" };
        var category = new Option<string?>("--category") { Description = $"Only this category's tickets (or comments about them); '{DimensionValue.None}' for those without one" };
        var sentiment = OptionValues.OneOf<SentimentLabel>("--sentiment", "Only texts with this sentiment label");
        var texts = OptionValues.OneOf("--texts", "Tickets' text, survey comments, or all of them", TextSource.Tickets);
        var top = new Option<int>("--top") { Description = "How many words and how many phrases to show", DefaultValueFactory = _ => DefaultTop };
        var minCount = new Option<int>("--min-count")
        {
            Description = "A standing-out term needs at least this many texts of the period",
            DefaultValueFactory = _ => TermCounts.DefaultMinCount,
        };
        var counts = new Option<bool>("--counts") { Description = "Print the most frequent words and phrases of the period instead of those that stand out" };
        var format = Output.FormatOption(OutputFormat.Table, OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var command = new Command("terms", "Words and two-word phrases that stand out in a period against a baseline (log-odds with an informative Dirichlet prior), each with an example text")
        {
            from, to, baselineFrom, baselineTo, category, sentiment, texts, top, minCount, counts, format,
        };
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            var (first, last) = (OptionValues.Day("--from", parse.GetValue(from)!), OptionValues.Day("--to", parse.GetValue(to)!));
            var request = TermsRequest.WithDefaultBaseline(OptionValues.Value<TextSource>(parse, texts), first, last,
                parse.GetValue(category), OptionValues.ValueOrNull<SentimentLabel>(parse, sentiment));
            var (givenFrom, givenTo) = (parse.GetValue(baselineFrom), parse.GetValue(baselineTo));
            if ((givenFrom is null) != (givenTo is null))
            {
                throw new UserInputException("--baseline-from and --baseline-to go together");
            }
            if (givenFrom is not null)
            {
                request = request with { BaselineFrom = OptionValues.Day("--baseline-from", givenFrom), BaselineTo = OptionValues.Day("--baseline-to", givenTo!) };
            }
            if (request.Problem() is { } problem)
            {
                throw new UserInputException(problem);
            }
            var (shown, least) = (parse.GetValue(top), parse.GetValue(minCount));
            if (shown < 1 || least < 1)
            {
                throw new UserInputException(shown < 1 ? $"--top {shown}: give 1 or more" : $"--min-count {least}: give 1 or more");
            }
            using var session = context.OpenReadOnly();
            var plain = parse.GetValue(counts);
            var report = plain ? WordsAndPhrases.Top(session.Db, request, shown) : WordsAndPhrases.Standout(session.Db, request, shown, least);
            TextTermsOutput.Write(report, plain, least, session.Settings.Reporting.TimeZone, Output.Format(parse, format), Console.Out);
            return ExitCodes.Success;
        });
        return command;
    }
}
