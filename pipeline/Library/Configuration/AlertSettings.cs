namespace Analytics.Pipeline.Configuration;

/// <summary>The "Alerts" section: the spike detector's gates (docs/alerts.md, "Gates").</summary>
public sealed record AlertSettings
{
    /// <summary>
    /// False-alarm budget per day across all categories: at most this many false alerts a day are expected
    /// (0.01: about 4 a year over the whole help desk). Shared equally by the day's tests, three per category (the
    /// day alone, the last 2 and the last 3 days together) and one on the total: each passes at p &lt; Alpha / (3K + 1).
    /// </summary>
    public double Alpha { get; init; } = 0.01;
    /// <summary>A spike needs at least this many tickets above the typical count.</summary>
    public double MinExcess { get; init; } = 5;
    /// <summary>A spike needs at least this ratio of the day's count to max(typical, 1).</summary>
    public double MinRatio { get; init; } = 1.5;
    /// <summary>After an alert, the same category does not alert again for this many hours.</summary>
    public int CooldownHours { get; init; } = 24;
}
