namespace Analytics.Reports.Model;

/// <summary>
/// Everything the weekly (or monthly) PDF shows, as plain values. The pipeline fills it from the KPI SQL;
/// this library only draws it and computes nothing but layout. Every number is final: what is printed is
/// the value given here, formatted by <see cref="KpiFormat"/>.
/// </summary>
/// <param name="Title">e.g. "Weekly support report".</param>
/// <param name="Period">The reported period and the one it is compared with.</param>
/// <param name="Freshness">How current the data is.</param>
/// <param name="Tiles">Summary tiles, in the order they are shown.</param>
/// <param name="WhatHappened">Short lines for the summary: spikes of the period, biggest movers.</param>
public sealed record ReportModel(
    string Title,
    ReportPeriod Period,
    DataFreshness Freshness,
    IReadOnlyList<KpiTile> Tiles,
    IReadOnlyList<string> WhatHappened,
    VolumeSection Volume,
    SpeedSection Speed,
    QualitySection Quality,
    BreakdownSection Breakdowns,
    RetentionSection Retention,
    IReadOnlyList<Definition> Definitions,
    IReadOnlyList<SourceCount> Sources)
{
    /// <summary>
    /// What the data cannot support, said on page 1 above the figures and in the email: a stale feed, a partial
    /// period, sources left out of the comparison. Empty when the data covers both periods whole.
    /// </summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>The sources changes are measured over when some source does not cover both periods (like for like); empty: all.</summary>
    public IReadOnlyList<string> ComparedSources { get; init; } = [];

    /// <summary>What customers say: tone, standout phrases, drivers of low CSAT (empty: nothing read).</summary>
    public VoiceSection Voice { get; init; } = VoiceSection.Empty;

    /// <summary>"against 2026-W38", or "against 2026-W38 over helpdesk only (like for like)": what a change compares.</summary>
    public string ChangesAgainst => $"against {Period.PreviousLabel}"
        + (ComparedSources.Count == 0 ? "" : $" over {string.Join(", ", ComparedSources)} only (like for like)");
}

/// <param name="Kind">A week or a month.</param>
/// <param name="Label">e.g. "2026-W46" or "2026-11".</param>
/// <param name="From">First local day of the period.</param>
/// <param name="To">Last local day of the period (inclusive).</param>
/// <param name="PreviousLabel">The period compared with, e.g. "2026-W45".</param>
/// <param name="TimeZone">IANA zone the period is cut in; printed in every footer.</param>
public sealed record ReportPeriod(Grain Kind, string Label, DateOnly From, DateOnly To, string PreviousLabel, string TimeZone);

/// <param name="LatestTicketAt">Latest ticket creation seen, in the reporting zone (null: no tickets at all).</param>
/// <param name="QuarantinedInPeriod">Input rows quarantined during the period.</param>
public sealed record DataFreshness(DateTimeOffset? LatestTicketAt, long QuarantinedInPeriod);

/// <summary>
/// One summary tile. <paramref name="Column"/> is the KPI column the value comes from (it picks the format:
/// minutes, %, counts). Value and Previous are null when the period had nothing to measure.
/// </summary>
public sealed record KpiTile(string Label, string Column, double? Value, double? Previous, Direction Direction, double? Target = null)
{
    /// <summary>
    /// The pair the change is measured between when some source does not cover both periods: the KPI over the
    /// sources that do (like for like). Null: the change is <see cref="Value"/> against <see cref="Previous"/>.
    /// </summary>
    public Compared? LikeForLike { get; init; }

    /// <summary>False when no source covers both periods whole: no change is shown.</summary>
    public bool Comparable { get; init; } = true;

    /// <summary>A duration's basis (calendar or business hours, or mixed), printed under it; null for other tiles.</summary>
    public DurationBasis? Basis { get; init; }

    /// <summary>What a rate, mean or median of the period is of (its column's sample size); null for a count.</summary>
    public long? N { get; init; }
}

/// <summary>A KPI in the period and in the one before, over the same sources (like for like).</summary>
public sealed record Compared(double? Current, double? Previous);

/// <summary>A value per day or per period, with labels for the axis (e.g. local dates or ISO weeks).</summary>
public sealed record Series(string Name, IReadOnlyList<string> Labels, IReadOnlyList<double?> Values);

/// <summary>A value per category of something (channel, bucket, priority).</summary>
public sealed record Bar(string Label, double Value);

/// <param name="Days">Local dates of the period.</param>
/// <param name="Created">Tickets created per day.</param>
/// <param name="Solved">Tickets solved per day.</param>
/// <param name="Backlog">Open tickets at each day's end.</param>
/// <param name="ByChannel">Tickets created in the period per channel, largest first.</param>
/// <param name="CategoryDays">Tickets created per category and day (largest categories), with spike days marked.</param>
public sealed record VolumeSection(
    IReadOnlyList<DateOnly> Days,
    IReadOnlyList<double> Created,
    IReadOnlyList<double> Solved,
    IReadOnlyList<double> Backlog,
    IReadOnlyList<Bar> ByChannel,
    IReadOnlyList<CategoryDays> CategoryDays)
{
    /// <summary>The backlog at the period's end by age; none when the model was made without it.</summary>
    public BacklogAgeing? Ageing { get; init; }
}

/// <param name="Buckets">Open tickets by whole days since created: "0-2 days", "3-7 days", "8-30 days", "over 30 days".</param>
/// <param name="Oldest">The open ticket created first; none when nothing is open.</param>
public sealed record BacklogAgeing(IReadOnlyList<Bar> Buckets, OldestOpenTicket? Oldest);

/// <param name="Created">When it was created, in the reporting zone.</param>
/// <param name="AgeDays">Whole days from its creation to the period's end.</param>
public sealed record OldestOpenTicket(string Source, string TicketId, DateTime Created, long AgeDays);

/// <param name="Counts">Tickets created per day, aligned with <see cref="VolumeSection.Days"/>.</param>
/// <param name="SpikeDays">Days on which the category spiked.</param>
public sealed record CategoryDays(string Category, IReadOnlyList<double> Counts, IReadOnlyList<DateOnly> SpikeDays);

/// <param name="Weeks">Labels of the trend periods (the last 12 weeks, or months), oldest first.</param>
/// <param name="FrtMedian">First response median per period, minutes.</param>
/// <param name="FrtP90">First response p90 per period, minutes.</param>
/// <param name="ResolutionMedian">Resolution median per period, hours.</param>
/// <param name="ResolutionP90">Resolution p90 per period, hours.</param>
/// <param name="FrtBuckets">First responses of the period by duration: &lt;1 h, 1-4 h, 4-8 h, 8-24 h, &gt;24 h.</param>
/// <param name="SlaByPriority">First-response SLA attainment (%) per priority with a target, with its n.</param>
/// <param name="Hours">The basis of the durations.</param>
/// <param name="FrtBasis">
/// The basis of the reported period's first response times (<c>frt_basis</c>): <paramref name="Hours"/>, the
/// other basis when every ticket's source gave only that one, mixed when some did; null when none.
/// </param>
public sealed record SpeedSection(
    IReadOnlyList<string> Weeks,
    IReadOnlyList<double?> FrtMedian,
    IReadOnlyList<double?> FrtP90,
    IReadOnlyList<double?> ResolutionMedian,
    IReadOnlyList<double?> ResolutionP90,
    IReadOnlyList<Bar> FrtBuckets,
    IReadOnlyList<SlaRow> SlaByPriority,
    HoursBasis Hours,
    DurationBasis? FrtBasis = null);

public sealed record SlaRow(string Priority, double TargetMinutes, long N, double? Percent);

/// <param name="Weeks">Trend period labels, oldest first (same as the speed trend).</param>
/// <param name="Promoters">NPS promoters (9-10) in the reported period.</param>
/// <param name="Passives">NPS passives (7-8).</param>
/// <param name="Detractors">NPS detractors (0-6).</param>
public sealed record QualitySection(
    IReadOnlyList<string> Weeks,
    IReadOnlyList<double?> CsatPct,
    IReadOnlyList<long> CsatN,
    IReadOnlyList<double?> Nps,
    IReadOnlyList<long> NpsN,
    IReadOnlyList<double?> CesMean,
    IReadOnlyList<long> CesN,
    IReadOnlyList<double?> FcrPct,
    IReadOnlyList<double?> ReopenPct,
    long Promoters,
    long Passives,
    long Detractors);

/// <summary>Per-category and per-team tables of the period, sorted by volume.</summary>
public sealed record BreakdownSection(IReadOnlyList<BreakdownRow> Categories, IReadOnlyList<BreakdownRow> Teams);

/// <param name="Name">Category or team (null shown as <see cref="DimensionValue.None"/>).</param>
/// <param name="Created">Tickets created in the period.</param>
/// <param name="PreviousCreated">Tickets created in the previous period.</param>
/// <param name="FrtMedianMinutes">First response median, minutes.</param>
/// <param name="ResolutionMedianHours">Resolution median, hours.</param>
/// <param name="CsatPct">CSAT %, null without responses.</param>
/// <param name="Spike">True when the category spiked in the period.</param>
public sealed record BreakdownRow(string? Name, long Created, long PreviousCreated, double? FrtMedianMinutes, double? ResolutionMedianHours, double? CsatPct, bool Spike)
{
    /// <summary>Tickets created in the period and the one before over the sources that cover both, when some do not.</summary>
    public Compared? LikeForLike { get; init; }

    /// <summary>False when no source covers both periods whole: no change is shown.</summary>
    public bool Comparable { get; init; } = true;
}

/// <param name="Weeks">Trend period labels, oldest first.</param>
/// <param name="RetentionPct">Customer retention rate per period.</param>
/// <param name="Initiatives">Each ROI initiative with every figure of the model.</param>
public sealed record RetentionSection(IReadOnlyList<string> Weeks, IReadOnlyList<double?> RetentionPct, IReadOnlyList<RoiInitiativeFigures> Initiatives);

/// <summary>An ROI initiative: its name and every input and intermediate figure, in the model's order (column name, value).</summary>
public sealed record RoiInitiativeFigures(string Name, IReadOnlyList<(string Column, object? Value)> Figures);

/// <summary>One KPI: its column name and how it is computed, in one line.</summary>
public sealed record Definition(string Kpi, string Text);

/// <summary>Rows the warehouse holds per table and source.</summary>
public sealed record SourceCount(string Table, string Source, long Rows);

/// <summary>
/// What customers say in the period (docs/voc.md, "Report"): the share of negative texts per trend period with how
/// many texts it is of, the negative share by category against the previous period, the words and phrases that stand
/// out against the weeks before with one example each, and what goes with low CSAT.
/// </summary>
public sealed record VoiceSection(
    IReadOnlyList<string> Periods,
    IReadOnlyList<double?> NegativePct,
    IReadOnlyList<long> NegativeN,
    IReadOnlyList<CategoryTone> Categories,
    IReadOnlyList<StandoutPhrase> Phrases,
    IReadOnlyList<SatisfactionDriver> Drivers)
{
    public static readonly VoiceSection Empty = new([], [], [], [], [], []);

    /// <summary>What the phrases are measured against, e.g. "2026-09-14 to 2026-11-08".</summary>
    public string PhraseBaseline { get; init; } = "";

    /// <summary>The periods whose CSAT responses the drivers are of, e.g. "2026-W35 to 2026-W46".</summary>
    public string DriversWindow { get; init; } = "";
}

/// <summary>A category's texts of the period, and the share of them negative now and in the previous period (null: none).</summary>
public sealed record CategoryTone(string? Name, long Texts, double? NegativePct, double? PreviousNegativePct);

/// <summary>
/// A word or two-word phrase that stands out in the period: in <paramref name="Count"/> texts of it and
/// <paramref name="BaselineCount"/> of the baseline, with its score and one text it is in (as written: whoever
/// shows it makes it safe for its medium).
/// </summary>
public sealed record StandoutPhrase(string Phrase, long Count, long BaselineCount, double Score, string Example);

/// <summary>
/// A factor level that goes with lower (or higher) CSAT: the share satisfied among its <paramref name="N"/> responses,
/// the difference from the rest in percentage points with its 95% interval, and the p-value adjusted for the number of
/// levels tested (Benjamini–Hochberg).
/// </summary>
public sealed record SatisfactionDriver(string Factor, string Level, long N, double RatePct, double DifferencePp, double LowPp, double HighPp, double AdjustedP, bool Significant);
