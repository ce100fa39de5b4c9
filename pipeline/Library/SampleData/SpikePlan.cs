namespace Analytics.Pipeline.SampleData;

/// <summary>A planned spike: category index, local day and multiplier of the normal volume.</summary>
internal sealed record PlannedSpike(int Category, DateOnly Day, double Multiplier);

/// <summary>
/// Where the two injected spikes go, fixed relative to the last generated day so that they land in
/// the same place of every report: Payments x4 on the Tuesday three weeks before the last complete
/// ISO week, and Login &amp; Access x3 on the Wednesday and Thursday of the last complete week.
/// </summary>
internal static class SpikePlan
{
    public static IReadOnlyList<PlannedSpike> For(DateOnly first, DateOnly last)
    {
        var monday = LastCompleteWeekMonday(last);
        var payments = Catalog.CategoryIndex(Knobs.PaymentsSpikeCategory);
        var login = Catalog.CategoryIndex(Knobs.LoginSpikeCategory);
        PlannedSpike[] planned =
        [
            new(payments, monday.AddDays(-21 + 1), Knobs.PaymentsSpikeMultiplier),
            new(login, monday.AddDays(2), Knobs.LoginSpikeMultiplier),
            new(login, monday.AddDays(3), Knobs.LoginSpikeMultiplier),
        ];
        // A short period may not reach back to a spike day: such a spike is simply not injected.
        return planned.Where(s => s.Day >= first && s.Day <= last).ToArray();
    }

    /// <summary>The Monday of the latest ISO week that ends on or before <paramref name="last"/>.</summary>
    public static DateOnly LastCompleteWeekMonday(DateOnly last)
    {
        var daysSinceMonday = ((int)last.DayOfWeek + 6) % 7;
        var thisMonday = last.AddDays(-daysSinceMonday);
        return last.DayOfWeek == DayOfWeek.Sunday ? thisMonday : thisMonday.AddDays(-7);
    }
}
