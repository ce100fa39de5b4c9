using Analytics.Reports.Model;

namespace Analytics.Tests.Reports;

/// <summary>Chart inputs drawn from a fixed seed, as ScottPlot's cookbook does: the same PNG every run.</summary>
public static class SeededCharts
{
    public const int Seed = 46;

    public static IReadOnlyList<double?> Around(Random random, double centre, double spread, int count = 12) =>
        [.. Enumerable.Range(0, count).Select(_ => (double?)Math.Round(centre + ((random.NextDouble() - 0.5) * 2 * spread), 1))];

    public static IReadOnlyList<long> Counts(Random random, int low, int high, int count = 12) =>
        [.. Enumerable.Range(0, count).Select(_ => (long)random.Next(low, high))];

    public static VolumeSection Volume(Random random)
    {
        var created = Enumerable.Range(0, 7).Select(d => (double)random.Next(d < 5 ? 150 : 60, d < 5 ? 260 : 110)).ToArray();
        var solved = created.Select(c => Math.Round(c * (0.8 + (random.NextDouble() * 0.3)))).ToArray();
        var backlog = new double[7];
        var open = 300.0;
        for (var d = 0; d < 7; d++)
        {
            open += created[d] - solved[d];
            backlog[d] = open;
        }
        return new VolumeSection(SampleReport.Days, created, solved, backlog,
            [new("email", random.Next(400, 600)), new("chat", random.Next(250, 400)), new("phone", random.Next(100, 250))],
            [new(SampleReport.CyrillicCategory, [.. Enumerable.Range(0, 7).Select(d => d == 2 ? 90.0 : random.Next(20, 45))], [SampleReport.Days[2]])]);
    }

    public static SpeedSection Speed(Random random) => new(
        SampleReport.Weeks,
        Around(random, 40, 8), Around(random, 200, 40), Around(random, 20, 4), Around(random, 70, 12),
        [new("<1 h", random.Next(500, 800)), new("1-4 h", random.Next(200, 300)), new("4-8 h", random.Next(80, 150)), new("8-24 h", random.Next(40, 90)), new(">24 h", random.Next(5, 30))],
        [new("urgent", 30, random.Next(20, 60), 85 + random.Next(10)), new("high", 60, random.Next(100, 200), 85 + random.Next(10)), new("normal", 240, random.Next(500, 800), 85 + random.Next(10))],
        HoursBasis.Business);

    public static QualitySection Quality(Random random) => new(
        SampleReport.Weeks,
        Around(random, 89, 3), Counts(random, 170, 220),
        Around(random, 28, 6), Counts(random, 140, 170),
        Around(random, 5.3, 0.2), Counts(random, 85, 105),
        Around(random, 72, 2.5), Around(random, 6, 1),
        random.Next(80, 100), random.Next(35, 50), random.Next(25, 40));

    public static RetentionSection Retention(Random random) => new(SampleReport.Weeks, Around(random, 97, 0.6), []);
}
