using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Drivers;
using Analytics.Pipeline.Kpis;
using Analytics.Pipeline.Text;
using Analytics.Reports;
using Analytics.Reports.Model;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Reports;

/// <summary>
/// A category that spiked on a local day, to be marked in the report, with the detector's figures when known:
/// the tickets created, the typical count they were judged against, and their ratio, over the <paramref name="Days"/>
/// days ending on <paramref name="Day"/> that were judged together (1 for the day alone).
/// </summary>
public sealed record CategorySpike(string? Category, DateOnly Day, int? Observed = null, double? Typical = null, double? Ratio = null, int Days = 1);

/// <summary>
/// Fills the <see cref="ReportModel"/> of a week or month from the KPI SQL: the <c>kpi()</c> table (through
/// <see cref="KpiEngine"/>) for the period, the previous one, its days and its dimensions, and the queries of
/// <c>queries/report/</c> for what that table does not hold (first-response buckets, the NPS split, data
/// freshness, row counts, definitions). Nothing is computed here but picking, ordering and labelling.
/// </summary>
public sealed class ReportBuilder(DuckDBConnection db, AnalyticsSettings settings)
{
    /// <summary>Categories drawn per day in the volume section (plus any that spiked).</summary>
    public const int CategoriesPerDay = 6;

    /// <summary>Categories listed as the biggest movers.</summary>
    public const int Movers = 3;

    /// <summary>The summary tiles, in order: their KPI columns, whose labels and directions are in queries/kpi/columns.json.</summary>
    public static readonly IReadOnlyList<KpiColumn> TileColumns =
    [
        .. new[] { "tickets_created", "tickets_solved", "backlog_end", "frt_median_min", "resolution_median_hours", "fcr_pct", "csat_pct", "nps", "ces_mean", "frt_sla_pct" }
            .Select(KpiColumns.Get),
    ];

    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(settings.Reporting.TimeZone);

    /// <param name="period">The week or month reported.</param>
    /// <param name="hours">The basis of every duration, as <c>analytics kpi --hours</c>.</param>
    /// <param name="spikes">Category spikes to mark (<see cref="ReportSpikes.Find"/>); none when null.</param>
    /// <param name="now">When the report is made (default: now): a feed quiet since long before is named stale.</param>
    public ReportModel Build(ReportSpan period, HoursBasis hours = HoursBasis.Calendar, IReadOnlyList<CategorySpike>? spikes = null, DateTimeOffset? now = null)
    {
        var spiked = (spikes ?? []).Where(s => period.Contains(s.Day)).ToList();
        var engine = new KpiEngine(db, settings.Reporting.TimeZone);
        var grain = period.Kind;
        var previous = period.Previous;
        var range = new { from = period.From, to = period.To };
        var roi = engine.Roi();
        var freshness = KpiRows.Query(db, "report/freshness.sql", _zone, range).Single();
        var sources = KpiRows.Query(db, "report/sources.sql", _zone);
        var definitions = KpiRows.Query(db, "report/definitions.sql", _zone);

        KpiRequest Request(DateOnly from, Grain g, Dimension? dim = null) => new(from, period.To, g, dim, hours);
        var trend = KpiRows.Of(engine.Table(Request(period.TrendFrom, grain)));
        var current = trend.Single(r => r.Start == period.From);
        var before = trend.Single(r => r.Start == previous.From);
        var coverage = ReportCoverage.Read(db, period, current, before, now ?? DateTimeOffset.UtcNow, _zone);
        // Changes over the sources that cover both periods, when some do not (like for like).
        KpiRequest Compared(Dimension? dim = null) => new(previous.From, period.To, grain, dim, hours, coverage.Compared);
        var comparedTotals = coverage.LikeForLike ? KpiRows.Of(engine.Table(Compared())) : null;
        var comparedCategories = coverage.LikeForLike ? KpiRows.Of(engine.Table(Compared(Dimension.Category))) : null;
        var comparedTeams = coverage.LikeForLike ? KpiRows.Of(engine.Table(Compared(Dimension.Team))) : null;
        var days = KpiRows.Of(engine.Table(Request(period.From, Grain.Day)));
        var channels = KpiRows.Of(engine.Table(Request(period.From, grain, Dimension.Channel)));
        var categoryDays = KpiRows.Of(engine.Table(Request(period.From, Grain.Day, Dimension.Category)));
        var priorities = KpiRows.Of(engine.Table(Request(period.From, grain, Dimension.Priority)));
        var categoryRows = KpiRows.Of(engine.Table(Request(previous.From, grain, Dimension.Category)));
        var categories = Breakdown(categoryRows, period, spiked, coverage, comparedCategories);
        var teams = Breakdown(KpiRows.Of(engine.Table(Request(previous.From, grain, Dimension.Team))), period, [], coverage, comparedTeams);
        var buckets = KpiRows.Query(db, "report/frt_buckets.sql", _zone, new { range.from, range.to, hours = hours.Text() });
        var nps = KpiRows.Query(db, "report/nps_split.sql", _zone, range).Single();

        var labels = trend.Select(r => PeriodLabel.Of(r.Start, grain)).ToList();
        var dayList = days.Select(r => r.Start).ToList();
        return new ReportModel(
            Title: grain == Grain.Week ? "Weekly support report" : "Monthly support report",
            Period: new ReportPeriod(grain, period.Label, period.From, period.To, previous.Label, settings.Reporting.TimeZone),
            Freshness: new DataFreshness((DateTimeOffset?)freshness["latest_ticket_at"], freshness.Count("quarantined_in_period")),
            Tiles: TileColumns.Select(t => new KpiTile(t.Label, t.Column, current.Number(t.Column), before.Number(t.Column), t.Direction)
            {
                Comparable = coverage.Comparable,
                Basis = TileBasis(t, current, hours),
                N = t.SampleSize is { } n ? current.Count(n) : null,
                LikeForLike = comparedTotals is null ? null : new Compared(
                    comparedTotals.Single(r => r.Start == period.From).Number(t.Column),
                    comparedTotals.Single(r => r.Start == previous.From).Number(t.Column)),
            }).ToList(),
            WhatHappened: [.. Backlog(trend, labels, period), .. WhatHappened(categories, spiked, previous)],
            Volume: new VolumeSection(
                dayList,
                days.Select(r => (double)r.Count("tickets_created")).ToList(),
                days.Select(r => (double)r.Count("tickets_solved")).ToList(),
                days.Select(r => (double)r.Count("backlog_end")).ToList(),
                channels.Where(r => r.Count("tickets_created") > 0)
                    .OrderByDescending(r => r.Count("tickets_created")).ThenBy(r => Name(r.Value), StringComparer.Ordinal)
                    .Select(r => new Bar(Name(r.Value), r.Count("tickets_created"))).ToList(),
                CategoryDays(categoryDays, dayList, spiked))
            {
                Ageing = Ageing(KpiRows.Query(db, "report/backlog_ageing.sql", _zone, new { to = period.To }).Single()),
            },
            Speed: new SpeedSection(
                labels,
                trend.Select(r => r.Number("frt_median_min")).ToList(),
                trend.Select(r => r.Number("frt_p90_min")).ToList(),
                trend.Select(r => r.Number("resolution_median_hours")).ToList(),
                trend.Select(r => r.Number("resolution_p90_hours")).ToList(),
                buckets.All(b => b.Count("tickets") == 0) ? [] : buckets.Select(b => new Bar((string)b["bucket"]!, b.Count("tickets"))).ToList(),
                SlaByPriority(priorities),
                hours,
                current["frt_basis"] is string basis ? ClosedSet.Parse<DurationBasis>(basis) : null),
            Quality: new QualitySection(
                labels,
                trend.Select(r => r.Number("csat_pct")).ToList(),
                trend.Select(r => r.Count("csat_n")).ToList(),
                trend.Select(r => r.Number("nps")).ToList(),
                trend.Select(r => r.Count("nps_n")).ToList(),
                trend.Select(r => r.Number("ces_mean")).ToList(),
                trend.Select(r => r.Count("ces_n")).ToList(),
                trend.Select(r => r.Number("fcr_pct")).ToList(),
                trend.Select(r => r.Number("reopen_pct")).ToList(),
                nps.Count("promoters"),
                nps.Count("passives"),
                nps.Count("detractors")),
            Breakdowns: new BreakdownSection(categories, teams),
            Retention: new RetentionSection(labels, trend.Select(r => r.Number("retention_pct")).ToList(), Initiatives(roi)),
            Definitions: definitions.Select(d => new Definition((string)d["kpi"]!, (string)d["definition"]!)).ToList(),
            Sources: sources.Select(s => new SourceCount((string)s["table"]!, (string)s["source"]!, s.Count("rows"))).ToList())
        {
            Notices = coverage.Notices,
            ComparedSources = coverage.LikeForLike ? coverage.Compared : [],
            Voice = Voice(labels, trend, categoryRows, period) with
            {
                Phrases = StandoutPhrases(period),
                Drivers = LowCsatDrivers(period, hours),
                PhraseBaseline = PhraseBaseline(period),
                DriversWindow = $"{labels[0]} to {labels[^1]}",
            },
        };
    }

    /// <summary>The negative share per trend period and, of the categories with texts, now and in the previous period.</summary>
    private static VoiceSection Voice(IReadOnlyList<string> labels, IReadOnlyList<KpiRow> trend, IReadOnlyList<KpiRow> categories, ReportSpan period) =>
        new(
            labels,
            trend.Select(r => r.Number("negative_pct")).ToList(),
            trend.Select(r => r.Count("negative_n")).ToList(),
            categories.GroupBy(r => r.Value)
                .Select(g => (Now: g.SingleOrDefault(r => r.Start == period.From), Before: g.SingleOrDefault(r => r.Start == period.Previous.From), Value: g.Key))
                .Where(c => c.Now is { } now && now.Count("negative_n") > 0)
                .Select(c => new CategoryTone(c.Value, c.Now!.Count("negative_n"), c.Now.Number("negative_pct"), c.Before?.Number("negative_pct")))
                .OrderByDescending(c => c.Texts).ThenBy(c => Name(c.Name), StringComparer.Ordinal)
                .ToList(),
            [],
            []);

    /// <summary>Standout words and phrases listed in the report, at most.</summary>
    public const int PhrasesListed = 8;

    /// <summary>
    /// The words and phrases of the period's tickets that stand out against the 8 weeks before (docs/voc.md, "Words
    /// and phrases"), together by score, none that a listed phrase repeats.
    /// </summary>
    private List<StandoutPhrase> StandoutPhrases(ReportSpan period)
    {
        var counts = WordsAndPhrases.Count(db, TermsRequest.WithDefaultBaseline(TextSource.Tickets, period.From, period.To));
        var standing = counts.Standout([TermKind.Phrase, TermKind.Word], TermCounts.DefaultMinCount, PhrasesListed)
            .OrderByDescending(t => t.Score).ThenByDescending(t => t.Count).ThenBy(t => t.Term, StringComparer.Ordinal)
            .ToList();
        return [.. TermCounts.WithoutRepeats(standing).Take(PhrasesListed)
            .Select(t => new StandoutPhrase(t.Term, t.Count, t.BaselineCount, t.Score ?? 0, t.Example ?? ""))];
    }

    private static string PhraseBaseline(ReportSpan period)
    {
        var (from, to) = TermsRequest.DefaultBaseline(period.From, period.To);
        return $"{from:yyyy-MM-dd} to {to:yyyy-MM-dd}";
    }

    /// <summary>
    /// The drivers of CSAT over the responses of the trend periods (a week alone has too few to tell much): every level
    /// tested, for the report to pick the significant drops from (docs/voc.md, "Report").
    /// </summary>
    private List<SatisfactionDriver> LowCsatDrivers(ReportSpan period, HoursBasis hours) =>
        [.. Drivers.Drivers.Analyse(db, DriverTarget.Csat, period.TrendFrom, period.To, hours).Levels
            .Where(l => l is { Verdict: not DriverVerdict.TooFew, Difference: not null, CiLow: not null, CiHigh: not null, QValue: not null })
            .Select(l => new SatisfactionDriver(Drivers.Drivers.Name(l.Factor), l.Level, l.N, l.Rate, l.Difference!.Value, l.CiLow!.Value,
                l.CiHigh!.Value, l.QValue!.Value, l.Verdict == DriverVerdict.Significant))];

    /// <summary>How a dimension value is printed: tickets without one form the value "(none)".</summary>
    public static string Name(string? value) => DimensionValue.Shown(value);

    /// <summary>
    /// One row per dimension value active in the period (something created, solved, answered or rated) or
    /// created in the previous one; sorted by volume (then name, as the categories per day).
    /// </summary>
    /// <param name="compared">The same table over the sources that cover both periods, when changes are like for like.</param>
    private static List<BreakdownRow> Breakdown(IReadOnlyList<KpiRow> rows, ReportSpan period, IReadOnlyList<CategorySpike> spikes,
        ReportCoverage coverage, IReadOnlyList<KpiRow>? compared) =>
        rows.GroupBy(r => r.Value)
            .Select(g => (Now: g.SingleOrDefault(r => r.Start == period.From), Before: g.SingleOrDefault(r => r.Start == period.Previous.From), Value: g.Key))
            .Where(v => (v.Now is { } now && now.Count("tickets_created") + now.Count("tickets_solved") + now.Count("frt_n") + now.Count("csat_n") > 0)
                        || (v.Before?.Count("tickets_created") ?? 0) > 0)
            .Select(v => new BreakdownRow(
                v.Value,
                v.Now?.Count("tickets_created") ?? 0,
                v.Before?.Count("tickets_created") ?? 0,
                v.Now?.Number("frt_median_min"),
                v.Now?.Number("resolution_median_hours"),
                v.Now?.Number("csat_pct"),
                spikes.Any(s => s.Category == v.Value))
            {
                Comparable = coverage.Comparable,
                LikeForLike = compared is null ? null : new Compared(
                    compared.SingleOrDefault(r => r.Value == v.Value && r.Start == period.From)?.Count("tickets_created") ?? 0,
                    compared.SingleOrDefault(r => r.Value == v.Value && r.Start == period.Previous.From)?.Count("tickets_created") ?? 0),
            })
            .OrderByDescending(r => r.Created).ThenBy(r => Name(r.Name), StringComparer.Ordinal)
            .ToList();

    /// <summary>Tickets created per day for the largest categories of the period and any that spiked.</summary>
    private static List<CategoryDays> CategoryDays(IReadOnlyList<KpiRow> rows, IReadOnlyList<DateOnly> days, IReadOnlyList<CategorySpike> spikes)
    {
        var byCategory = rows.GroupBy(r => r.Value).Select(g => (Category: g.Key, Total: g.Sum(r => r.Count("tickets_created")), Rows: g.ToList()))
            .Where(c => c.Total > 0)
            .OrderByDescending(c => c.Total).ThenBy(c => Name(c.Category), StringComparer.Ordinal)
            .ToList();
        return byCategory
            .Where((c, rank) => rank < CategoriesPerDay || spikes.Any(s => s.Category == c.Category))
            .Select(c => new CategoryDays(
                Name(c.Category),
                days.Select(d => (double)(c.Rows.SingleOrDefault(r => r.Start == d)?.Count("tickets_created") ?? 0)).ToList(),
                spikes.Where(s => s.Category == c.Category).Select(s => s.Day).Distinct().Order().ToList()))
            .ToList();
    }

    /// <summary>First-response SLA attainment of each priority with a configured target, tightest target first.</summary>
    private List<SlaRow> SlaByPriority(IReadOnlyList<KpiRow> rows) =>
        settings.Sla.FirstResponseMinutes
            .OrderBy(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => rows.SingleOrDefault(r => r.Value == t.Key) is { } row
                ? new SlaRow(t.Key, t.Value, row.Count("frt_sla_n"), row.Number("frt_sla_pct"))
                : new SlaRow(t.Key, t.Value, 0, null))
            .ToList();

    /// <summary>
    /// The basis of a duration tile: as its basis column says (`frt_basis` for first response: the one asked for, the
    /// other, or mixed; queries/kpi/columns.json), else the one asked for; none for a tile that is not a duration.
    /// </summary>
    private static DurationBasis? TileBasis(KpiColumn tile, KpiRow current, HoursBasis hours) => tile.Unit switch
    {
        KpiUnit.Minutes or KpiUnit.Hours when tile.Basis is { } column && current[column] is string basis => ClosedSet.Parse<DurationBasis>(basis),
        KpiUnit.Minutes or KpiUnit.Hours => hours.AsDurationBasis(),
        _ => null,
    };

    /// <summary>The buckets of queries/report/backlog_ageing.sql, in order, and the oldest open ticket.</summary>
    private static BacklogAgeing Ageing(KpiRow row) => new(
        [
            new Bar("0-2 days", row.Count("days_0_2")),
            new Bar("3-7 days", row.Count("days_3_7")),
            new Bar("8-30 days", row.Count("days_8_30")),
            new Bar("over 30 days", row.Count("days_over_30")),
        ],
        row["oldest_ticket_id"] is string id
            ? new OldestOpenTicket((string)row["oldest_source"]!, id, ((DateTimeOffset)row["oldest_created_at"]!).DateTime, row.Count("oldest_age_days"))
            : null);

    /// <summary>The backlog's trend over the trend periods as a sentence (<see cref="BacklogStory"/>); none without data.</summary>
    private IEnumerable<string> Backlog(IReadOnlyList<KpiRow> trend, IReadOnlyList<string> labels, ReportSpan period)
    {
        var periods = trend.Select((r, i) => new BacklogStory.Period(labels[i], r.Count("tickets_created"), r.Count("tickets_solved"), r.Count("backlog_end"))).ToList();
        // Each source's first ticket, by the trend period its local date falls in (none before the trend's first, none
        // after the reported period: a report made later does not name a source that began since).
        var starts = KpiRows.Query(db, "report/ticket_source_starts.sql", _zone)
            .Select(s => (Source: (string)s["source"]!, Day: DateOnly.FromDateTime(((DateTimeOffset)s["first_at"]!).DateTime)))
            .Where(s => s.Day <= period.To)
            .Select(s => (s.Source, Index: trend.Count(r => r.Start <= s.Day) - 1))
            .Where(s => s.Index >= 0)
            .Select(s => new BacklogStory.SourceStart(s.Source, labels[s.Index]))
            .ToList();
        return BacklogStory.Sentence(periods, period.Kind, starts) is { } sentence ? [sentence] : [];
    }

    /// <summary>Spikes of the period first, then the categories whose volume changed most against the previous period.</summary>
    private static List<string> WhatHappened(IReadOnlyList<BreakdownRow> categories, IReadOnlyList<CategorySpike> spikes, ReportSpan previous)
    {
        var lines = spikes.GroupBy(s => s.Category)
            .OrderBy(g => g.Min(s => s.Day)).ThenBy(g => Name(g.Key), StringComparer.Ordinal)
            .Select(g => $"Spike: {Name(g.Key)} on {string.Join(", ", g.DistinctBy(s => s.Day).OrderBy(s => s.Day).Select(SpikeDay))}")
            .ToList();
        // Movers by the change the table shows: like for like when some source does not cover both periods, none
        // when no source does.
        lines.AddRange(categories
            .Where(c => c.Comparable)
            .Select(c => (Row: c, Now: (long)(c.LikeForLike?.Current ?? c.Created), Before: (long)(c.LikeForLike?.Previous ?? c.PreviousCreated)))
            .Where(c => c.Now != c.Before)
            .OrderByDescending(c => Math.Abs(c.Now - c.Before)).ThenBy(c => Name(c.Row.Name), StringComparer.Ordinal)
            .Take(Movers)
            .Select(c => $"{Name(c.Row.Name)}: {KpiFormat.Value("tickets_created", c.Row.Created)} tickets created " +
                         $"({KpiFormat.Change("tickets_created", c.Before, c.Now)} against {previous.Label}{(c.Row.LikeForLike is null ? "" : ", like for like")})"));
        return lines;
    }

    /// <summary>"Wed 2026-11-11 (45 tickets, typical 15, 3.0×)", "Thu 2026-11-12 (58 tickets over 2 days, typical 23, 2.5×)", or the day alone without the detector's figures.</summary>
    private static string SpikeDay(CategorySpike spike)
    {
        var day = spike.Day.ToString("ddd yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return spike is { Observed: { } observed, Typical: { } typical, Ratio: { } ratio }
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{day} ({observed:N0} tickets{(spike.Days > 1 ? $" over {spike.Days} days" : "")}, typical {typical:0.#}, {ratio:0.0}×)")
            : day;
    }

    /// <summary>Each ROI initiative with every figure of the model, in the SQL's column order.</summary>
    private static List<RoiInitiativeFigures> Initiatives(Microsoft.Data.Analysis.DataFrame roi) =>
        KpiRows.Of(roi)
            .Select(r => new RoiInitiativeFigures(
                (string)r["initiative"]!,
                roi.Columns.Where(c => c.Name != "initiative").Select(c => (c.Name, r[c.Name])).ToList()))
            .ToList();
}
