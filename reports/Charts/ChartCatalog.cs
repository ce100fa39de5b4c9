using Analytics.Reports.Model;
using ScottPlot;

namespace Analytics.Reports.Charts;

/// <summary>A chart of the report with the file name it is saved under.</summary>
public sealed record NamedChart(string Name, Func<Plot> Create);

/// <summary>Every chart the model has data for, named for files: the same recipes the PDF draws.</summary>
public static class ChartCatalog
{
    public static IReadOnlyList<NamedChart> For(ReportModel model)
    {
        var charts = new List<NamedChart>();
        var volume = model.Volume;
        var speed = model.Speed;
        var quality = model.Quality;
        Add(volume.Days.Count > 0 && volume.Created.Concat(volume.Solved).Any(v => v > 0), "volume-daily", () => DailyVolumeChart.Create(volume));
        Add(volume.ByChannel.Count > 0, "volume-channels", () => ChannelChart.Create(volume.ByChannel));
        for (var i = 0; i < volume.CategoryDays.Count; i++)
        {
            var category = volume.CategoryDays[i];
            Add(category.Counts.Any(v => v > 0), $"volume-category-{i + 1}", () => CategoryDaysChart.Create(category, volume.Days));
        }
        Add(speed.FrtMedian.HasAny() || speed.FrtP90.HasAny(), "speed-frt-trend", () => FrtTrendChart.Create(speed));
        Add(speed.ResolutionMedian.HasAny() || speed.ResolutionP90.HasAny(), "speed-resolution-trend", () => ResolutionTrendChart.Create(speed));
        Add(speed.FrtBuckets.Any(b => b.Value > 0), "speed-frt-buckets", () => FrtBucketsChart.Create(speed));
        Add(speed.SlaByPriority.Any(r => r.Percent is not null), "speed-sla-priority", () => SlaByPriorityChart.Create(speed));
        Add(quality.CsatPct.HasAny(), "quality-csat", () => CsatTrendChart.Create(quality));
        Add(quality.Nps.HasAny(), "quality-nps", () => NpsTrendChart.Create(quality));
        Add(quality.Promoters + quality.Passives + quality.Detractors > 0, "quality-nps-split", () => NpsSplitChart.Create(quality));
        Add(quality.CesMean.HasAny(), "quality-ces", () => CesTrendChart.Create(quality));
        Add(quality.FcrPct.HasAny() || quality.ReopenPct.HasAny(), "quality-fcr-reopen", () => FcrReopenChart.Create(quality));
        Add(model.Retention.RetentionPct.HasAny(), "retention", () => RetentionChart.Create(model.Retention));
        return charts;

        void Add(bool has, string name, Func<Plot> create)
        {
            if (has)
            {
                charts.Add(new NamedChart(name, create));
            }
        }
    }
}
