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
    /// <summary>False while the category is warming up or the day is not covered by the data: no verdict, and it
    /// does not count towards K.</summary>
    public bool HasVerdict => Baseline.State == BaselineState.Ready;

    /// <summary>The p gate the verdict was judged at, Alpha / (K · tests + 1) (0 without a verdict).</summary>
    public double PGate { get; init; }

    /// <summary>How many days, ending on <see cref="Day"/>, the verdict judged: 1 for the day alone, 2 or 3 when the
    /// multi-day check found the spike (<see cref="PValue"/>, <see cref="Excess"/> and <see cref="Ratio"/> are then
    /// the window's).</summary>
    public int Days { get; init; } = 1;

    /// <summary>The tickets of those days together (the day's count for a single day).</summary>
    public int WindowCount { get => _windowCount ?? Count; init => _windowCount = value; }

    /// <summary>The sum of those days' typical counts (the baseline's μ for a single day).</summary>
    public double WindowTypical { get => _windowTypical ?? Baseline.Median; init => _windowTypical = value; }

    private readonly int? _windowCount;
    private readonly double? _windowTypical;
}

/// <summary>
/// The lower-tail check on the day's total volume: a silent feed is not a quiet day. An improbably low total is
/// <see cref="Stopped"/> (near zero: the ticket feed may have stopped) or <see cref="Dropped"/> (a volume drop: a
/// holiday, or an outage on the customers' side), never both.
/// </summary>
public sealed record FeedVerdict(DateOnly Day, int Total, Baseline Baseline, double PValue, bool Stopped, string Why)
{
    /// <summary>The day is not over yet (local time): a low total so far says nothing, so it is not judged.</summary>
    public bool InProgress { get; init; }

    /// <summary>Improbably low, but not near zero: the volume dropped.</summary>
    public bool Dropped { get; init; }

    /// <summary>A stopped feed or a volume drop: the day is left out of later baselines.</summary>
    public bool IsLow => Stopped || Dropped;

    /// <summary>The p gate the total was judged at (0 when not judged).</summary>
    public double PGate { get; init; }

    /// <summary>The total over max(typical, 1).</summary>
    public double Ratio { get; init; }

    /// <summary>The data does not fully cover the day: not judged.</summary>
    public bool NotCovered => Baseline.State == BaselineState.NotCovered;
}

/// <summary>Everything found on one day: K is the number of categories with a verdict.</summary>
public sealed record DayVerdict(DateOnly Day, int CategoriesChecked, IReadOnlyList<CategoryVerdict> Categories, FeedVerdict Feed)
{
    public IEnumerable<CategoryVerdict> Spikes => Categories.Where(c => c.IsSpike);

    /// <summary>The data does not fully cover the day (a source starts, stops or joins part-way through it): nothing
    /// on it is judged (docs/alerts.md, "Not covered").</summary>
    public bool NotCovered => Feed.NotCovered;
}
