using System.Globalization;
using Analytics.Reports.Charts;
using Analytics.Reports.Layout;
using Analytics.Reports.Model;
using SkiaSharp;

namespace Analytics.Reports.Document;

/// <summary>
/// What customers say: the negative share per trend period and by category, the words and phrases that stand out with
/// one example each, and what goes with low CSAT (docs/voc.md, "Report").
/// </summary>
public static class VoiceRegion
{
    /// <summary>Phrases listed: the highest scores.</summary>
    public const int PhrasesShown = 8;

    /// <summary>Drivers listed: the significant ones with the largest drop in CSAT.</summary>
    public const int DriversShown = 6;

    /// <summary>An example is cut to this many characters, on one line.</summary>
    public const int ExampleLength = 90;

    public static void Compose(PageFlow flow, ReportModel model)
    {
        var voice = model.Voice;
        flow.SectionHeading(ReportComposition.Title(5), keepWith: 200);
        var charts = new SectionCharts(ChartCatalog.Voice(model));
        if (charts.IsEmpty && voice.Phrases.Count == 0 && voice.Drivers.Count == 0)
        {
            flow.NothingToShow($"no ticket texts or survey comments whose tone is known in {model.Period.Label} or the trend periods.");
            return;
        }
        flow.Paragraph("Tone of each ticket's text and each survey comment, negative, neutral or positive, by the model in use; " +
            "the share is of the texts whose tone is known.", Typography.Caption);
        charts.Draw(flow, 160);
        Phrases(flow, voice, model.Period);
        Drivers(flow, voice, model.Period);
    }

    private static void Phrases(PageFlow flow, VoiceSection voice, ReportPeriod period)
    {
        var shown = voice.Phrases.Take(PhrasesShown).ToList();
        flow.SubHeading("What stands out", keepWith: TableBlocks.Height(Math.Max(shown.Count, 1)) + 20);
        if (shown.Count == 0)
        {
            flow.NothingToShow($"no word or phrase stands out in {period.Label}{Against(voice)}.");
            return;
        }
        flow.Paragraph($"Words and two-word phrases in more texts of {period.Label} than usual{Against(voice)}, scored so that a rare word does not win; " +
            "each with one text it is in.", Typography.Caption);
        flow.Table(
            [new("Phrase", 1.6f), new("Texts", 0.7f, SKTextAlign.Right), new("Before", 0.7f, SKTextAlign.Right), new("Example", 5.5f)],
            [.. shown.Select(p => (IReadOnlyList<TableCell>)[new TableCell(p.Phrase, Bold: true), Count(p.Count), Count(p.BaselineCount), Excerpt(p.Example)])]);
    }

    private static void Drivers(PageFlow flow, VoiceSection voice, ReportPeriod period)
    {
        var shown = voice.Drivers.Where(d => d.Significant && d.DifferencePp < 0).OrderBy(d => d.DifferencePp).Take(DriversShown).ToList();
        flow.Gap(6);
        flow.SubHeading("What goes with low CSAT", keepWith: TableBlocks.Height(Math.Max(shown.Count, 1)) + 20);
        if (shown.Count == 0)
        {
            flow.NothingToShow(voice.Drivers.Count == 0
                ? $"too few CSAT responses about tickets{Window(voice)} to compare."
                : $"no factor goes with significantly lower CSAT{Window(voice)} (Benjamini–Hochberg adjusted p < 0.05).");
            return;
        }
        flow.Paragraph($"CSAT of the responses{Window(voice)} about tickets with each factor, against all other responses; only differences " +
            "that hold after adjusting for the number of comparisons (Benjamini–Hochberg, p < 0.05).", Typography.Caption);
        flow.Table(
            [new("Factor", 1.4f), new("Level", 1.8f), new("CSAT", 0.8f, SKTextAlign.Right), new("n", 0.7f, SKTextAlign.Right),
             new("Against the rest (95% CI)", 2.6f, SKTextAlign.Right), new("p adj.", 0.9f, SKTextAlign.Right)],
            [.. shown.Select(d => (IReadOnlyList<TableCell>)[
                Capitalised(d.Factor), new TableCell(d.Level, Bold: true), Percent(d.RatePct), Count(d.N),
                new TableCell(string.Create(CultureInfo.InvariantCulture, $"{d.DifferencePp:+0.0;−0.0} pp ({d.LowPp:+0.0;−0.0} to {d.HighPp:+0.0;−0.0})"), Palette.Bad),
                PValue(d.AdjustedP)])]);
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Window(VoiceSection voice) => voice.DriversWindow.Length == 0 ? "" : $" of {voice.DriversWindow}";

    private static string Against(VoiceSection voice) => voice.PhraseBaseline.Length == 0 ? "" : $" against {voice.PhraseBaseline}";

    private static TableCell Count(long n) => KpiFormat.Value("n", n);

    private static TableCell Percent(double pct) => string.Create(CultureInfo.InvariantCulture, $"{pct:0.0}%");

    private static TableCell PValue(double p) => p < 0.001 ? "< 0.001" : p.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>
    /// A customer's text as one line of the table, in quotes: <see cref="TextExcerpt"/>'s line (control characters and
    /// line breaks as spaces, cut with "…" at <see cref="ExampleLength"/> characters).
    /// </summary>
    public static string Excerpt(string text) => $"“{TextExcerpt.Of(text, ExampleLength)}”";
}
