namespace Analytics.Pipeline.Alerts;

/// <summary>The verdict on one category's count on one day.</summary>
public sealed record CategoryVerdict(
    string Category,
    DateOnly Day,
    int Count,
    Baseline Baseline,
    double PValue,
    double Excess,
    double Ratio,
    bool IsSpike,
    int Severity,
    string Why)
{
    /// <summary>False while the category is warming up: no verdict, and it does not count towards K.</summary>
    public bool HasVerdict => Baseline.State == BaselineState.Ready;
}

/// <summary>The lower-tail check on the day's total volume: a silent feed is not a quiet day.</summary>
public sealed record FeedVerdict(DateOnly Day, int Total, Baseline Baseline, double PValue, bool Stopped, string Why)
{
    /// <summary>The day is not over yet (local time): a low total so far says nothing, so it is not judged.</summary>
    public bool InProgress { get; init; }
}

/// <summary>Everything found on one day: K is the number of categories with a verdict.</summary>
public sealed record DayVerdict(DateOnly Day, int CategoriesChecked, IReadOnlyList<CategoryVerdict> Categories, FeedVerdict Feed)
{
    public IEnumerable<CategoryVerdict> Spikes => Categories.Where(c => c.IsSpike);
}
