namespace Analytics.Benchmarks;

/// <summary>One injected spike: a category's counts multiplied by <see cref="Multiplier"/> for <see cref="Days"/> days.</summary>
/// <param name="Expected">The model's mean on each spike day without the spike (weekday, trend, holiday included).</param>
public sealed record InjectedSpike(string Category, DateOnly Start, int Days, double Multiplier, IReadOnlyList<double> Expected)
{
    public DateOnly End => Start.AddDays(Days - 1);

    public bool Covers(DateOnly day) => day >= Start && day <= End;

    /// <summary>Tickets above the expected count on the spike's biggest day: (m - 1) · expected.</summary>
    public double Excess => (Multiplier - 1) * Expected.Max();

    /// <summary>Material (alerts.md, "Quality bar"): at least 2× the expected count and at least 8 tickets above it.</summary>
    public bool Material => Multiplier >= 2 && Excess >= 8;
}

/// <summary>
/// Seeded synthetic daily ticket counts of many categories: a level per category (log-spaced from
/// <see cref="MinLevel"/> to <see cref="MaxLevel"/> a day), a weekly profile with a weekend dip (each category's
/// own, around a common one), a linear trend, a few holidays with a fraction of the volume, negative-binomial
/// noise (gamma-Poisson, size r per category) and injected spikes of 2-5× lasting 1-3 days, only inside the
/// judged year. The first <see cref="HistoryDays"/> days are history before the judged year.
/// </summary>
public sealed class SyntheticSeries
{
    public const int Categories = 30;
    public const double MinLevel = 2;
    public const double MaxLevel = 80;
    public const int HistoryDays = 56;
    public const int JudgedDays = 365;

    /// <summary>Mon..Sun (DayOfWeek order Sun = 0): a common profile, weekends at about 40 %.</summary>
    private static readonly double[] Weekly = [0.35, 1.2, 1.15, 1.1, 1.05, 0.95, 0.45];

    public DateOnly Start { get; }
    public DateOnly JudgedFrom => Start.AddDays(HistoryDays);
    public DateOnly End => Start.AddDays(HistoryDays + JudgedDays - 1);
    public Dictionary<string, IReadOnlyDictionary<DateOnly, int>> Counts { get; } = new(StringComparer.Ordinal);
    public List<InjectedSpike> Spikes { get; } = [];
    public HashSet<DateOnly> Holidays { get; } = [];
    /// <summary>Per category, the negative binomial size r of its noise (smaller is more over-dispersed).</summary>
    public Dictionary<string, double> Size { get; } = new(StringComparer.Ordinal);
    /// <summary>Per category and day, the true mean without spikes.</summary>
    public Dictionary<string, Dictionary<DateOnly, double>> Mean { get; } = new(StringComparer.Ordinal);

    public SyntheticSeries(int seed, double minSize, double maxSize)
    {
        var random = new Random(seed);
        Start = new DateOnly(2025, 1, 6).AddDays(7 * random.Next(0, 8)); // a Monday
        // Holidays: eight days of the judged year with 15 % of the usual volume (not in the first weeks, so every
        // judged holiday has a history behind it), the same for every category.
        while (Holidays.Count < 8)
        {
            Holidays.Add(JudgedFrom.AddDays(random.Next(14, JudgedDays)));
        }
        for (var c = 0; c < Categories; c++)
        {
            var name = $"Category {c + 1:00}";
            var level = MinLevel * Math.Pow(MaxLevel / MinLevel, c / (double)(Categories - 1));
            var size = minSize * Math.Pow(maxSize / minSize, random.NextDouble());
            var trend = -0.2 + 0.6 * random.NextDouble(); // relative change over the whole span: -20 % .. +40 %
            var weekly = Weekly.Select(w => w * (0.85 + 0.3 * random.NextDouble())).ToArray();
            var norm = weekly.Average();
            var means = new Dictionary<DateOnly, double>();
            var total = HistoryDays + JudgedDays;
            for (var i = 0; i < total; i++)
            {
                var day = Start.AddDays(i);
                means[day] = level * weekly[(int)day.DayOfWeek] / norm * (1 + trend * i / total) * (Holidays.Contains(day) ? 0.15 : 1);
            }
            Mean[name] = means;
            Size[name] = size;

            // Three to five spikes in the judged year, at least a week apart, not on holidays.
            var spikes = new List<InjectedSpike>();
            var wanted = random.Next(3, 6);
            for (var attempt = 0; spikes.Count < wanted && attempt < 1000; attempt++)
            {
                var start = JudgedFrom.AddDays(random.Next(0, JudgedDays - 3));
                var days = random.Next(1, 4);
                var multiplier = 2 + 3 * random.NextDouble();
                var span = Enumerable.Range(0, days).Select(start.AddDays).ToList();
                if (span.Any(Holidays.Contains) || spikes.Any(s => s.Start.AddDays(-7) <= span[^1] && span[0] <= s.End.AddDays(7)))
                {
                    continue;
                }
                spikes.Add(new InjectedSpike(name, start, days, multiplier, span.Select(d => means[d]).ToList()));
            }
            Spikes.AddRange(spikes.OrderBy(s => s.Start));

            var counts = new Dictionary<DateOnly, int>();
            foreach (var (day, mean) in means)
            {
                var x = Poisson(random, mean * Gamma(random, size) / size);
                if (spikes.FirstOrDefault(s => s.Covers(day)) is { } spike)
                {
                    x += Poisson(random, (spike.Multiplier - 1) * mean);
                }
                counts[day] = x;
            }
            Counts[name] = counts;
        }
    }

    /// <summary>Poisson(λ) by Knuth's product method, in chunks of at most 30 so that e^-λ stays representable.</summary>
    public static int Poisson(Random random, double lambda)
    {
        var n = 0;
        while (lambda > 0)
        {
            var chunk = Math.Min(lambda, 30);
            lambda -= chunk;
            var limit = Math.Exp(-chunk);
            var product = random.NextDouble();
            while (product > limit)
            {
                n++;
                product *= random.NextDouble();
            }
        }
        return n;
    }

    /// <summary>Gamma(shape, scale 1) by Marsaglia and Tsang (with the boost for shape &lt; 1).</summary>
    public static double Gamma(Random random, double shape)
    {
        if (shape < 1)
        {
            return Gamma(random, shape + 1) * Math.Pow(random.NextDouble(), 1 / shape);
        }
        var d = shape - 1.0 / 3;
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = Normal(random);
                v = 1 + c * x;
            }
            while (v <= 0);
            v = v * v * v;
            var u = random.NextDouble();
            if (Math.Log(u) < 0.5 * x * x + d - d * v + d * Math.Log(v))
            {
                return d * v;
            }
        }
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
