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

/// <summary>
/// The verdict on one category's negative share on one day (docs/alerts.md, "Negative share"): <paramref name="Today"/>'s
/// texts and negative texts against the typical share p0 of <paramref name="Baseline"/>. <paramref name="PValue"/> is
/// P(X &gt;= k | n, p0) (binomial, of n / deff texts and k / deff negative ones, deff the
/// <see cref="DesignEffect"/>), <paramref name="Rise"/> the day's share minus p0 in percentage points,
/// <paramref name="Ratio"/> the day's share over max(p0, <see cref="NegativeShareDetector.ShareFloor"/>).
/// </summary>
public sealed record NegativeShareVerdict(
    string Category,
    DateOnly Day,
    TextTones Today,
    ShareBaseline Baseline,
    double PValue,
    double Rise,
    double Ratio,
    bool IsAlert,
    int Severity,
    string Why)
{
    /// <summary>False while warming up, on a day the data does not cover, and on a day without texts in the category: no
    /// verdict, and it does not count towards the day's number of categories checked.</summary>
    public bool HasVerdict => Baseline.IsReady && Today.Texts > 0;

    /// <summary>The p gate the verdict was judged at, Alpha / K (0 without a verdict).</summary>
    public double PGate { get; init; }

    /// <summary>How much wider than a binomial's the day was scored (<see cref="ShareBaseline.DesignEffect"/>; 1 without a verdict).</summary>
    public double DesignEffect { get; init; } = 1;
}

/// <summary>Everything found on one day: K is the number of categories with a verdict.</summary>
public sealed record DayVerdict(DateOnly Day, int CategoriesChecked, IReadOnlyList<CategoryVerdict> Categories, FeedVerdict Feed)
{
    public IEnumerable<CategoryVerdict> Spikes => Categories.Where(c => c.IsSpike);

    /// <summary>The negative-share verdicts of the day's categories (docs/alerts.md, "Negative share"); none when the
    /// run did not read the texts' tones.</summary>
    public IReadOnlyList<NegativeShareVerdict> NegativeShares { get; init; } = [];

    /// <summary>The categories whose negative share jumped that day.</summary>
    public IEnumerable<NegativeShareVerdict> ShareAlerts => NegativeShares.Where(s => s.IsAlert);

    /// <summary>The data does not fully cover the day (a source starts, stops or joins part-way through it): nothing
    /// on it is judged (docs/alerts.md, "Not covered").</summary>
    public bool NotCovered => Feed.NotCovered;
}
