using System.Globalization;
using System.Text;
using System.Text.Json;
using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Configuration;
using static Analytics.Benchmarks.Timing;

namespace Analytics.Benchmarks;

/// <summary>
/// The spike detector's quality (alerts.md, "Quality bar"), not its speed: the detector with the default settings
/// replayed day by day (<see cref="SpikeReplay"/>, no look-ahead) over
/// <list type="bullet">
/// <item>seeded synthetic years of 30 categories (<see cref="SyntheticSeries"/>): recall of the injected spikes by
/// size, recall of the material ones, false alerts per category per year. Next to the detector, an "oracle" that
/// knows each day's true mean and dispersion and applies the same three gates: the recall no baseline can beat
/// at these gates.</item>
/// <item>the NAB count series (tweets per 5 minutes, taxi passengers per 30 minutes, load-balancer requests per
/// 5 minutes), summed per day, against their labelled anomaly windows.</item>
/// </list>
/// A spike is found when any of its days alerts (an alert on day 2 or 3 of a 3-day spike is a hit); an alert on a
/// day outside every injected spike of that category is a false alert.
/// </summary>
public static class AlertBenchmark
{
    /// <summary>
    /// Negative binomial size r of the synthetic categories, log-uniform in this range: extra variance μ²/r of
    /// 0.5 % to 5 % of μ², what the committed sample data shows per category (r about 30 to 360 once the weekday
    /// is accounted for). A second run with heavier dispersion (r 8 to 60) shows how the figures depend on it.
    /// </summary>
    public const double MinSize = 20;
    public const double MaxSize = 200;
    public const double HeavyMinSize = 8;
    public const double HeavyMaxSize = 60;

    public static string Run(BenchmarkOptions options)
    {
        var settings = new AlertSettings();
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture,
            $"Alert benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: Alpha {settings.Alpha}, MinExcess {settings.MinExcess}, MinRatio {settings.MinRatio}");
        table.AppendLine();
        var seconds = Time(() => Synthetic(options, settings, table, MinSize, MaxSize, full: true));
        table.AppendLine("Sensitivity: other dispersions and other Alpha (the default stays 0.001), same seeds otherwise:");
        table.AppendLine();
        table.AppendLine("| NB size r | Alpha | material recall | oracle recall | false alerts per category per year |");
        table.AppendLine("|---|---:|---:|---:|---:|");
        seconds += Time(() => Synthetic(options, settings, table, HeavyMinSize, HeavyMaxSize, full: false));
        foreach (var alpha in new[] { 0.01, 0.05 })
        {
            seconds += Time(() => Synthetic(options, settings with { Alpha = alpha }, table, MinSize, MaxSize, full: false));
        }
        table.AppendLine();
        Console.Error.WriteLine($"synthetic: {seconds:F1}s");
        seconds = Time(() => Nab(options, settings, table));
        Console.Error.WriteLine($"nab: {seconds:F1}s");
        return table.ToString();
    }

    private sealed record Event(InjectedSpike Spike, bool Hit, bool FirstDayHit, bool OracleHit);

    private static void Synthetic(BenchmarkOptions options, AlertSettings settings, StringBuilder table, double minSize, double maxSize, bool full)
    {
        var detector = new SpikeDetector(settings);
        var events = new List<Event>();
        var falseAlerts = new List<int>(); // per category-year
        var oracleFalse = 0;
        var feedStops = 0;
        var feedStopsOnHolidays = 0;
        var holidays = 0;
        for (var seed = 1; seed <= options.Seeds; seed++)
        {
            var series = new SyntheticSeries(seed, minSize, maxSize);
            var days = SpikeReplay.Run(detector, series.Counts, series.JudgedFrom, series.End);
            var alerts = days.SelectMany(d => d.Spikes).Select(s => (s.Category, s.Day)).ToHashSet();
            var oracle = Oracle(series, settings);
            foreach (var spike in series.Spikes)
            {
                var span = Enumerable.Range(0, spike.Days).Select(spike.Start.AddDays).ToList();
                events.Add(new Event(spike,
                    span.Any(d => alerts.Contains((spike.Category, d))),
                    alerts.Contains((spike.Category, spike.Start)),
                    span.Any(d => oracle.Contains((spike.Category, d)))));
            }
            foreach (var category in series.Counts.Keys)
            {
                bool Outside((string Category, DateOnly Day) a) =>
                    a.Category == category && !series.Spikes.Any(s => s.Category == category && s.Covers(a.Day));
                falseAlerts.Add(alerts.Count(Outside));
                oracleFalse += oracle.Count(Outside);
            }
            var stops = days.Where(d => d.Feed.Stopped).Select(d => d.Day).ToList();
            feedStops += stops.Count;
            feedStopsOnHolidays += stops.Count(series.Holidays.Contains);
            holidays += series.Holidays.Count;
            Console.Error.WriteLine($"seed {seed}: {series.Spikes.Count} spikes, {alerts.Count} alerts");
        }

        var categoryYears = falseAlerts.Count;
        if (!full)
        {
            var material = events.Where(e => e.Spike.Material).ToList();
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {minSize}-{maxSize} | {settings.Alpha} | {Share(material, e => e.Hit)} | {Share(material, e => e.OracleHit)} | {falseAlerts.Sum() / (double)categoryYears:0.000} (oracle {oracleFalse / (double)categoryYears:0.000}) |");
            return;
        }
        table.AppendLine(CultureInfo.InvariantCulture,
            $"Synthetic: {options.Seeds} seeded years x {SyntheticSeries.Categories} categories (levels {SyntheticSeries.MinLevel}-{SyntheticSeries.MaxLevel} a day, " +
            $"NB size r {minSize}-{maxSize}, weekend dip, trend, 8 holidays), {SyntheticSeries.HistoryDays} days of history, then {SyntheticSeries.JudgedDays} days judged; {events.Count} injected spikes.");
        table.AppendLine();
        table.AppendLine("| spikes | n | recall | first-day recall | oracle recall |");
        table.AppendLine("|---|---:|---:|---:|---:|");
        void Row(string name, Func<Event, bool> filter)
        {
            var group = events.Where(filter).ToList();
            if (group.Count == 0)
            {
                table.AppendLine(CultureInfo.InvariantCulture, $"| {name} | 0 | | | |");
                return;
            }
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {group.Count} | {Share(group, e => e.Hit)} | {Share(group, e => e.FirstDayHit)} | {Share(group, e => e.OracleHit)} |");
        }
        Row("**material** (>= 2x and >= 8 above expected)", e => e.Spike.Material);
        Row("all", _ => true);
        Row("ratio 2-3x", e => e.Spike.Multiplier < 3);
        Row("ratio 3-4x", e => e.Spike.Multiplier is >= 3 and < 4);
        Row("ratio 4-5x", e => e.Spike.Multiplier >= 4);
        Row("excess < 8", e => e.Spike.Excess < 8);
        Row("excess 8-20", e => e.Spike.Excess is >= 8 and < 20);
        Row("excess 20-50", e => e.Spike.Excess is >= 20 and < 50);
        Row("excess >= 50", e => e.Spike.Excess >= 50);
        Row("material, ratio 2-3x", e => e.Spike.Material && e.Spike.Multiplier < 3);
        Row("material, ratio 3-5x", e => e.Spike.Material && e.Spike.Multiplier >= 3);
        Row("material, 1 day", e => e.Spike.Material && e.Spike.Days == 1);
        Row("material, 2-3 days", e => e.Spike.Material && e.Spike.Days > 1);
        table.AppendLine();
        table.AppendLine(CultureInfo.InvariantCulture,
            $"False alerts (alert on a day outside the category's injected spikes): {falseAlerts.Sum()} in {categoryYears} category-years = " +
            $"**{falseAlerts.Sum() / (double)categoryYears:0.000} per category per year** (most in one category-year: {falseAlerts.Max()}; oracle: {oracleFalse / (double)categoryYears:0.000}).");
        table.AppendLine(CultureInfo.InvariantCulture,
            $"Stopped-feed flags on the total: {feedStops} in {options.Seeds} years, {feedStopsOnHolidays} of them on the {holidays} holidays (15 % of the usual volume).");
        table.AppendLine();
    }

    /// <summary>The three gates against the true mean and dispersion of each day (with K = all categories).</summary>
    private static HashSet<(string, DateOnly)> Oracle(SyntheticSeries series, AlertSettings settings)
    {
        var alerts = new HashSet<(string, DateOnly)>();
        foreach (var (category, counts) in series.Counts)
        {
            var r = series.Size[category];
            for (var day = series.JudgedFrom; day <= series.End; day = day.AddDays(1))
            {
                var mu = series.Mean[category][day];
                var x = counts[day];
                var p = TailProbability.NegativeBinomialUpper(x, mu, mu + mu * mu / r);
                if (p < settings.Alpha / SyntheticSeries.Categories && x - mu >= settings.MinExcess && x / Math.Max(mu, 1) >= settings.MinRatio)
                {
                    alerts.Add((category, day));
                }
            }
        }
        return alerts;
    }

    private static string Share<T>(IReadOnlyCollection<T> items, Func<T, bool> predicate) =>
        string.Create(CultureInfo.InvariantCulture, $"{items.Count(predicate) / (double)items.Count:0.00}");

    /// <summary>The NAB series whose values are counts, so that a daily sum is a daily count.</summary>
    private static readonly string[] NabSeries =
    [
        "realTweets/Twitter_volume_AAPL.csv",
        "realTweets/Twitter_volume_GOOG.csv",
        "realTweets/Twitter_volume_IBM.csv",
        "realKnownCause/nyc_taxi.csv",
        "realAWSCloudwatch/elb_request_count_8c0756.csv",
    ];

    private static void Nab(BenchmarkOptions options, AlertSettings settings, StringBuilder table)
    {
        var windowsPath = Path.Combine(options.Nab, "combined_windows.json");
        if (!File.Exists(windowsPath))
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"NAB: no {windowsPath}; pass --nab DIR.");
            return;
        }
        var windows = JsonSerializer.Deserialize<Dictionary<string, List<List<string>>>>(File.ReadAllText(windowsPath))!;
        table.AppendLine("NAB count series, summed per calendar day (days with under 90 % of the usual samples dropped), judged from their first day (the first 7 warm up):");
        table.AppendLine();
        table.AppendLine("| series | days | windows | hit by a spike | hit by a low-volume flag | spike days outside windows | low days outside windows |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        var detector = new SpikeDetector(settings);
        foreach (var name in NabSeries)
        {
            var path = Path.Combine(options.Nab, "data", name);
            if (!File.Exists(path))
            {
                table.AppendLine(CultureInfo.InvariantCulture, $"| {name} | missing | | | | | |");
                continue;
            }
            var daily = Daily(path);
            var label = Path.GetFileNameWithoutExtension(name);
            var counts = new Dictionary<string, IReadOnlyDictionary<DateOnly, int>> { [label] = daily };
            var days = SpikeReplay.Run(detector, counts, daily.Keys.Min(), daily.Keys.Max());
            var spikeDays = days.SelectMany(d => d.Spikes).Select(s => s.Day).ToList();
            var lowDays = days.Where(d => d.Feed.Stopped).Select(d => d.Day).ToList();
            var labelled = windows.GetValueOrDefault(name) ?? [];
            var spans = labelled.Select(w => (From: Day(w[0]), To: Day(w[1]))).ToList();
            bool Inside(DateOnly d) => spans.Any(s => d >= s.From && d <= s.To);
            int Hit(List<DateOnly> flagged) => spans.Count(s => flagged.Any(d => d >= s.From && d <= s.To));
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {label} | {daily.Count} | {spans.Count} | {Hit(spikeDays)} | {Hit(lowDays)} | {spikeDays.Count(d => !Inside(d))} | {lowDays.Count(d => !Inside(d))} |");
            foreach (var s in days.SelectMany(d => d.Spikes))
            {
                Console.Error.WriteLine($"  {label} {s.Day:yyyy-MM-dd ddd} spike: {s.Why}, p {s.PValue:0.0e0}{(Inside(s.Day) ? " (in a window)" : "")}");
            }
            foreach (var d in days.Where(d => d.Feed.Stopped))
            {
                Console.Error.WriteLine($"  {label} {d.Day:yyyy-MM-dd ddd} low: {d.Feed.Why}, p {d.Feed.PValue:0.0e0}{(Inside(d.Day) ? " (in a window)" : "")}");
            }
        }
        table.AppendLine();
    }

    private static DateOnly Day(string timestamp) => DateOnly.ParseExact(timestamp[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Values summed per calendar day; days with under 90 % of the most common number of samples are dropped.</summary>
    private static Dictionary<DateOnly, int> Daily(string path)
    {
        var sums = new Dictionary<DateOnly, (double Sum, int Samples)>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            var day = Day(line[..comma]);
            var value = double.Parse(line[(comma + 1)..], CultureInfo.InvariantCulture);
            var (sum, samples) = sums.GetValueOrDefault(day);
            sums[day] = (sum + value, samples + 1);
        }
        var usual = sums.Values.GroupBy(v => v.Samples).OrderByDescending(g => g.Count()).First().Key;
        return sums.Where(s => s.Value.Samples >= 0.9 * usual).ToDictionary(s => s.Key, s => (int)Math.Round(s.Value.Sum));
    }
}
