namespace Analytics.Pipeline.Configuration;

/// <summary>The "Alerts" section: the spike detector's gates (alerts.md, "Detection").</summary>
public sealed record AlertSettings
{
    /// <summary>False-alarm budget per day across all categories; each category is tested at Alpha / K.</summary>
    public double Alpha { get; init; } = 0.001;
    /// <summary>A spike needs at least this many tickets above the typical count.</summary>
    public double MinExcess { get; init; } = 5;
    /// <summary>A spike needs at least this ratio of the day's count to max(typical, 1).</summary>
    public double MinRatio { get; init; } = 1.5;
    /// <summary>After an alert, the same category does not alert again for this many hours.</summary>
    public int CooldownHours { get; init; } = 24;
}
