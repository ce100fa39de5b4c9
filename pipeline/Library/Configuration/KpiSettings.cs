namespace Analytics.Pipeline.Configuration;

/// <summary>
/// The business calendar (docs/kpis.md, "The business calendar"): weekly opening windows in the calendar's own time
/// zone, several a day allowed, a window whose end is not after its start running over midnight, and
/// holidays on which no hour counts. With no windows at all, business durations equal calendar ones.
/// </summary>
public sealed record BusinessHoursSettings
{
    public string TimeZone { get; init; } = "UTC";
    /// <summary>True when the configuration gave no <c>BusinessHours.TimeZone</c>: the calendar is in the reporting zone.</summary>
    public bool FollowsReportingZone { get; init; }
    public IReadOnlyList<BusinessWindow> Windows { get; init; } = [];
    public IReadOnlyList<DateOnly> Holidays { get; init; } = [];

    public bool IsConfigured => Windows.Count > 0;
}

/// <summary>
/// One opening window: <paramref name="Weekday"/> is ISO (1 = Monday .. 7 = Sunday); minutes count from
/// local midnight. <c>ClosesMinute &lt;= OpensMinute</c> means the window closes the next day.
/// </summary>
public sealed record BusinessWindow(int Weekday, int OpensMinute, int ClosesMinute)
{
    public bool Overnight => ClosesMinute <= OpensMinute;

    /// <summary>Open minutes of the window (an overnight one counts up to its closing the next day).</summary>
    public int Minutes => Overnight ? 1440 - OpensMinute + ClosesMinute : ClosesMinute - OpensMinute;
}

/// <summary>First-response targets per priority ("Sla"), in business minutes unless BusinessHours is false.</summary>
public sealed record SlaSettings
{
    public IReadOnlyDictionary<string, double> FirstResponseMinutes { get; init; } = new Dictionary<string, double>();
    public bool BusinessHours { get; init; } = true;
}

/// <summary>The ROI model's inputs (docs/kpis.md, "ROI").</summary>
public sealed record RoiSettings
{
    public double CostPerTicket { get; init; }
    public double RevenuePerCustomerMonth { get; init; }
    public int WindowWeeks { get; init; } = 8;
    public IReadOnlyList<RoiInitiative> Initiatives { get; init; } = [];
}

/// <summary>A support initiative whose return is measured: <paramref name="Start"/> is a local date.</summary>
public sealed record RoiInitiative(string Name, DateOnly Start, double Cost);
