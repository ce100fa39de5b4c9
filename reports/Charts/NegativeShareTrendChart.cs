using Analytics.Reports.Model;
using ScottPlot;

namespace Analytics.Reports.Charts;

/// <summary>The share of negative texts per trend period, with how many texts each share is of.</summary>
public static class NegativeShareTrendChart
{
    public static Plot Create(VoiceSection voice)
    {
        // The axis fits the shares (tens of percent, not a flat line at the bottom of 0-100), in steps of 10.
        var top = Math.Min(100, Math.Ceiling((voice.NegativePct.Max(v => v ?? 0) + 5) / 10) * 10);
        var plot = SurveyTrendChart.Create("Negative share", voice.Periods, voice.NegativePct, voice.NegativeN, "% of texts negative",
            (0, Math.Max(top, 10)), "texts (bars)");
        plot.PercentTicks(step: top > 50 ? 20 : 10);
        return plot;
    }
}
