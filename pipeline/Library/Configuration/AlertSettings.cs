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
    /// <summary>The gates of the negative-share check (section "Alerts:NegativeShare"; docs/alerts.md, "Negative share").</summary>
    public NegativeShareSettings NegativeShare { get; init; } = new();
}

/// <summary>
/// The "Alerts:NegativeShare" section: the gates a jump of a category's share of negative texts must pass besides
/// p &lt; Alpha / K (docs/alerts.md, "Negative share").
/// </summary>
public sealed record NegativeShareSettings
{
    /// <summary>An alert needs at least this many negative texts on the day: a share of 3 texts is an anecdote.</summary>
    public int MinNegative { get; init; } = 5;
    /// <summary>An alert needs the day's share at least this many percentage points above the typical share.</summary>
    public double MinRisePoints { get; init; } = 5;
    /// <summary>An alert needs the day's share at least this many times the typical share.</summary>
    public double MinRatio { get; init; } = 1.5;
}
