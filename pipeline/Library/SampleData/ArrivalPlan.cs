namespace Analytics.Pipeline.SampleData;

/// <summary>
/// How many tickets arrive on each local day, and when. The day total follows the weekday pattern,
/// the trend and some day-to-day noise, and the totals add up to exactly the requested number.
/// Spike days get extra tickets of the spiked category on top of its normal share, sized from the
/// day's expected (noise-free) volume.
/// </summary>
internal sealed class ArrivalPlan
{
    private static readonly WeightTable<int> WeekdayHours = HourTable(Knobs.WeekdayHourProfile);
    private static readonly WeightTable<int> WeekendHours = HourTable(Knobs.WeekendHourProfile);

    private ArrivalPlan(DateOnly first, int[] total, int[] extra, PlannedSpike?[] spikeOn)
    {
        First = first;
        Total = total;
        SpikeExtra = extra;
        SpikeOn = spikeOn;
    }

    public DateOnly First { get; }
    public int Days => Total.Length;
    public int[] Total { get; }
    public int[] SpikeExtra { get; }
    public PlannedSpike?[] SpikeOn { get; }

    public static ArrivalPlan Create(DateOnly first, int days, int tickets, IReadOnlyList<PlannedSpike> spikes, double[] categoryShare, SeededRandom rng)
    {
        var expected = new double[days];
        var noisy = new double[days];
        for (var d = 0; d < days; d++)
        {
            var weekday = ((int)first.AddDays(d).DayOfWeek + 6) % 7;
            expected[d] = Knobs.WeekdayFactor[weekday] * (1.0 + (Knobs.TrendPerYear * d / 365.25));
            noisy[d] = expected[d] * rng.Gamma(Knobs.DailyNoiseShape) / Knobs.DailyNoiseShape;
        }

        // Solve normal + extras = tickets, where a spike adds (m - 1) x the category's expected day volume.
        var sumExpected = expected.Sum();
        var spikeOn = new PlannedSpike?[days];
        var extraFraction = new double[days];
        foreach (var s in spikes)
        {
            var d = s.Day.DayNumber - first.DayNumber;
            spikeOn[d] = s;
            extraFraction[d] = (s.Multiplier - 1.0) * categoryShare[s.Category] * expected[d] / sumExpected;
        }
        var normalTickets = tickets / (1.0 + extraFraction.Sum());
        var extra = extraFraction.Select(f => (int)Math.Round(f * normalTickets)).ToArray();
        var total = Allocate(tickets - extra.Sum(), noisy);
        for (var d = 0; d < days; d++)
        {
            total[d] += extra[d];
        }
        return new ArrivalPlan(first, total, extra, spikeOn);
    }

    /// <summary>Largest-remainder split of <paramref name="count"/> in proportion to the weights.</summary>
    private static int[] Allocate(int count, double[] weights)
    {
        var sum = weights.Sum();
        var exact = weights.Select(w => count * w / sum).ToArray();
        var result = exact.Select(x => (int)Math.Floor(x)).ToArray();
        var order = Enumerable.Range(0, weights.Length).OrderByDescending(i => exact[i] - result[i]).ThenBy(i => i);
        foreach (var i in order.Take(count - result.Sum()))
        {
            result[i]++;
        }
        return result;
    }

    /// <summary>
    /// The local arrival times of day <paramref name="d"/>, sorted; the lowest bit of each value is 1
    /// for an injected spike ticket (spike tickets arrive during the incident, 10:00-17:00).
    /// </summary>
    public long[] TimesOf(int d, SeededRandom rng)
    {
        var dayStart = ReportingZone.Seconds(First.AddDays(d));
        var weekend = First.AddDays(d).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var hours = weekend ? WeekendHours : WeekdayHours;
        var times = new long[Total[d]];
        for (var i = 0; i < times.Length; i++)
        {
            var spike = i < SpikeExtra[d];
            var secondOfDay = spike
                ? (10 * 3600) + rng.Next(7 * 3600)
                : (hours.Pick(rng) * 3600) + rng.Next(3600);
            times[i] = ((dayStart + secondOfDay) << 1) | (spike ? 1L : 0L);
        }
        Array.Sort(times);
        return times;
    }

    private static WeightTable<int> HourTable(double[] profile) => new(profile.Select((w, hour) => (hour, w)));
}
