using Analytics.Reports.Model;
using ScottPlot;

namespace Analytics.Reports.Charts;

/// <summary>
/// One chart of the report: the name its files are saved under, whether the model has anything for it to draw, its
/// recipe, and what the PDF says is missing when it has not (null: the section says nothing of it alone).
/// </summary>
public sealed record ReportChart(string Name, bool HasData, Func<Plot> Create, string? Missing = null);

/// <summary>
/// Every chart of the report, section by section, with the one rule of whether it is drawn: the PDF's sections
/// (reports/Document) and the chart files (<see cref="For"/>) both take their charts from here.
/// </summary>
public static class ChartCatalog
{
    /// <summary>Created and solved per day with the backlog, and created by channel.</summary>
    public static IReadOnlyList<ReportChart> Volume(ReportModel model)
    {
        var volume = model.Volume;
        return
        [
            new("volume-daily", volume.Days.Count > 0 && volume.Created.Concat(volume.Solved).Concat(volume.Backlog).Any(v => v > 0),
                () => DailyVolumeChart.Create(volume)),
            new("volume-channels", volume.ByChannel.Count > 0, () => ChannelChart.Create(volume.ByChannel)),
        ];
    }

    /// <summary>Each large category per day, with its spikes.</summary>
    public static IReadOnlyList<ReportChart> VolumeCategories(ReportModel model)
    {
        var volume = model.Volume;
        return [.. volume.CategoryDays.Select((category, i) => new ReportChart(
            $"volume-category-{i + 1}", category.Counts.Any(v => v > 0), () => CategoryDaysChart.Create(category, volume.Days)))];
    }

    public static IReadOnlyList<ReportChart> Speed(ReportModel model)
    {
        var speed = model.Speed;
        var period = model.Period.Label;
        return
        [
            new("speed-frt-trend", speed.FrtMedian.HasAny() || speed.FrtP90.HasAny(), () => FrtTrendChart.Create(speed),
                "first response times in the trend periods"),
            new("speed-resolution-trend", speed.ResolutionMedian.HasAny() || speed.ResolutionP90.HasAny(), () => ResolutionTrendChart.Create(speed),
                "resolution times in the trend periods"),
            new("speed-frt-buckets", speed.FrtBuckets.Any(b => b.Value > 0), () => FrtBucketsChart.Create(speed),
                $"first responses in {period}"),
            new("speed-sla-priority", speed.SlaByPriority.Any(r => r.Percent is not null), () => SlaByPriorityChart.Create(speed),
                $"tickets with an SLA target in {period}"),
        ];
    }

    public static IReadOnlyList<ReportChart> Quality(ReportModel model)
    {
        var quality = model.Quality;
        var period = model.Period.Label;
        return
        [
            new("quality-csat", quality.CsatPct.HasAny(), () => CsatTrendChart.Create(quality), "CSAT responses"),
            new("quality-nps", quality.Nps.HasAny(), () => NpsTrendChart.Create(quality), "NPS responses"),
            new("quality-nps-split", quality.Promoters + quality.Passives + quality.Detractors > 0, () => NpsSplitChart.Create(quality),
                $"NPS answers in {period}"),
            new("quality-ces", quality.CesMean.HasAny(), () => CesTrendChart.Create(quality), "CES responses"),
            new("quality-fcr-reopen", quality.FcrPct.HasAny() || quality.ReopenPct.HasAny(), () => FcrReopenChart.Create(quality),
                "solved tickets to measure FCR and reopens"),
        ];
    }

    /// <summary>The negative share per trend period and by category.</summary>
    public static IReadOnlyList<ReportChart> Voice(ReportModel model)
    {
        var voice = model.Voice;
        return
        [
            new("voice-negative-trend", voice.NegativePct.HasAny(), () => NegativeShareTrendChart.Create(voice),
                "texts whose tone is known in the trend periods"),
            new("voice-negative-categories", NegativeByCategoryChart.Drawn(voice).Count > 0, () => NegativeByCategoryChart.Create(voice),
                $"texts by category in {model.Period.Label}"),
        ];
    }

    public static ReportChart Retention(ReportModel model) =>
        new("retention", model.Retention.RetentionPct.HasAny(), () => RetentionChart.Create(model.Retention),
            $"customers to measure retention in {model.Period.Label}");

    /// <summary>Every chart the model has data for, in the order of the PDF: the chart files.</summary>
    public static IReadOnlyList<ReportChart> For(ReportModel model) =>
    [
        .. Volume(model).Concat(VolumeCategories(model)).Concat(Speed(model)).Concat(Quality(model)).Concat(Voice(model)).Append(Retention(model))
            .Where(c => c.HasData),
    ];
}
