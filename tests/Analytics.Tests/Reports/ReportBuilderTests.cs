using System.Globalization;
using Analytics.Pipeline.Kpis;
using Analytics.Pipeline.Reports;
using Analytics.Pipeline.Warehouse;
using Analytics.Reports.Model;
using Analytics.Tests.SampleData;
using Analytics.Tests.Support;
using DuckDB.NET.Data;

namespace Analytics.Tests.Reports;

/// <summary>
/// The report model of the committed sample data's last complete week, 2026-W46 (Europe/Berlin, the sample
/// company's configuration): every figure is the KPI table's, or counted from the sample files by hand.
/// </summary>
public sealed class ReportBuilderTests
{
    private static readonly DateOnly W46 = new(2026, 11, 9);
    private static readonly DateOnly W45 = new(2026, 11, 2);
    private static readonly SampleWarehouse Sample = SampleWarehouse.Canonical;

    private static DuckDBConnection Open() => Sample.OpenReadOnly();

    private ReportModel Build(DuckDBConnection db, ReportSpan period, HoursBasis hours = HoursBasis.Calendar, IReadOnlyList<CategorySpike>? spikes = null) =>
        new ReportBuilder(db, Sample.Settings).Build(period, hours, spikes);

    private KpiEngine Engine(DuckDBConnection db) => new(db, Sample.Settings.Reporting.TimeZone);

    private static IReadOnlyList<KpiRow> Kpi(KpiEngine engine, DateOnly from, DateOnly to, Grain grain = Grain.Week, Dimension? dim = null, HoursBasis hours = HoursBasis.Calendar) =>
        KpiRows.Of(engine.Table(new KpiRequest(from, to, grain, dim, hours)));

    [Theory]
    [InlineData(HoursBasis.Calendar)]
    [InlineData(HoursBasis.Business)]
    public void Tiles_are_the_kpi_tables_values_for_the_week_and_the_week_before(HoursBasis hours)
    {
        using var db = Open();
        var model = Build(db, ReportSpan.Week(W46), hours);
        var table = Kpi(Engine(db), W45, W46.AddDays(6), hours: hours);

        Assert.Equal(2, table.Count);
        var (previous, current) = (table[0], table[1]);
        Assert.Equal(
            ["tickets_created", "tickets_solved", "backlog_end", "frt_median_min", "resolution_median_hours",
             "fcr_pct", "csat_pct", "nps", "ces_mean", "frt_sla_pct"],
            model.Tiles.Select(t => t.Column));
        foreach (var tile in model.Tiles)
        {
            Assert.Equal(current.Number(tile.Column), tile.Value);
            Assert.Equal(previous.Number(tile.Column), tile.Previous);
            Assert.Null(tile.Target);
        }
        Assert.All(model.Tiles, t => Assert.NotNull(t.Value)); // the sample week has every KPI
        Assert.Equal(
            [Direction.Neutral, Direction.HigherIsBetter, Direction.LowerIsBetter, Direction.LowerIsBetter, Direction.LowerIsBetter,
             Direction.HigherIsBetter, Direction.HigherIsBetter, Direction.HigherIsBetter, Direction.HigherIsBetter, Direction.HigherIsBetter],
            model.Tiles.Select(t => t.Direction));
        Assert.Equal(new ReportPeriod(Grain.Week, "2026-W46", W46, new DateOnly(2026, 11, 15), "2026-W45", "Europe/Berlin"), model.Period);
        Assert.Equal(hours, model.Speed.Hours);
        Assert.Equal(hours.AsDurationBasis(), model.Speed.FrtBasis); // the sample tickets have first-response instants: every time is on the basis asked for
        // Each rate, mean and median says what it is of, counts do not: by hand, the n column of each.
        var n = new Dictionary<string, string>
        {
            ["frt_median_min"] = "frt_n",
            ["resolution_median_hours"] = "resolution_n",
            ["fcr_pct"] = "fcr_n",
            ["csat_pct"] = "csat_n",
            ["nps"] = "nps_n",
            ["ces_mean"] = "ces_n",
            ["frt_sla_pct"] = "frt_sla_n",
        };
        Assert.Equal(model.Tiles.Select(t => n.TryGetValue(t.Column, out var c) ? current.Count(c) : (long?)null), model.Tiles.Select(t => t.N));
        Assert.All(model.Tiles.Where(t => t.N is not null), t => Assert.True(t.N > 0));
        // The two duration tiles carry that basis; no other tile has one.
        Assert.Equal(
            model.Tiles.Select(t => t.Column is "frt_median_min" or "resolution_median_hours" ? hours.AsDurationBasis() : (DurationBasis?)null),
            model.Tiles.Select(t => t.Basis));
    }

    [Fact]
    public void Tickets_created_per_day_and_in_the_week_match_the_sample_file_counted_by_hand()
    {
        using var db = Open();
        var model = Build(db, ReportSpan.Week(W46));

        // Canonical times are UTC; Berlin is UTC+1 in November. Deleted tickets never count.
        var tickets = CsvTable.Read(Path.Combine(Fixtures.RepositoryRoot, "sample-data", "tickets.csv"));
        var (createdAt, status) = (tickets.Column("created_at"), tickets.Column("status"));
        var perDay = tickets.Rows.Where(r => status(r) != "deleted")
            .Select(r => DateOnly.FromDateTime(DateTime.Parse(createdAt(r), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal).AddHours(1)))
            .GroupBy(d => d).ToDictionary(g => g.Key, g => (double)g.Count());
        var days = Enumerable.Range(0, 7).Select(W46.AddDays).ToList();

        Assert.Equal(days, model.Volume.Days);
        Assert.Equal(days.Select(d => perDay.GetValueOrDefault(d)), model.Volume.Created);
        Assert.Equal(model.Volume.Created.Sum(), model.Tiles.Single(t => t.Column == "tickets_created").Value);
        Assert.InRange(model.Volume.Created.Sum(), 101, int.MaxValue);
        // The backlog at the end of Sunday is the week's backlog.
        Assert.Equal(model.Tiles.Single(t => t.Column == "backlog_end").Value, model.Volume.Backlog[^1]);
    }

    [Fact]
    public void Channels_categories_priorities_and_teams_are_the_kpi_tables_split_by_dimension()
    {
        using var db = Open();
        var model = Build(db, ReportSpan.Week(W46));
        var engine = Engine(db);
        var sunday = W46.AddDays(6);

        var channels = Kpi(engine, W46, sunday, dim: Dimension.Channel);
        Assert.Equal(
            channels.Where(r => r.Count("tickets_created") > 0).OrderByDescending(r => r.Count("tickets_created"))
                .Select(r => (ReportBuilder.Name(r.Value), (double)r.Count("tickets_created"))),
            model.Volume.ByChannel.Select(b => (b.Label, b.Value)));

        var categories = Kpi(engine, W45, sunday, dim: Dimension.Category);
        Assert.Equal(13, model.Breakdowns.Categories.Count); // 12 categories and the tickets without one
        foreach (var row in model.Breakdowns.Categories)
        {
            var now = categories.Single(r => r.Start == W46 && r.Value == row.Name);
            var before = categories.Single(r => r.Start == W45 && r.Value == row.Name);
            Assert.Equal((now.Count("tickets_created"), before.Count("tickets_created")), (row.Created, row.PreviousCreated));
            Assert.Equal((now.Number("frt_median_min"), now.Number("resolution_median_hours"), now.Number("csat_pct")),
                (row.FrtMedianMinutes, row.ResolutionMedianHours, row.CsatPct));
            Assert.False(row.Spike);
        }
        Assert.Equal(model.Breakdowns.Categories.OrderByDescending(r => r.Created).Select(r => r.Created), model.Breakdowns.Categories.Select(r => r.Created));
        Assert.Equal(model.Tiles[0].Value, (double)model.Breakdowns.Categories.Sum(r => r.Created));

        var teams = Kpi(engine, W45, sunday, dim: Dimension.Team);
        Assert.NotEmpty(model.Breakdowns.Teams);
        Assert.All(model.Breakdowns.Teams, row =>
            Assert.Equal(teams.Single(r => r.Start == W46 && r.Value == row.Name).Count("tickets_created"), row.Created));
        Assert.Equal(model.Tiles[0].Value, (double)model.Breakdowns.Teams.Sum(r => r.Created));

        // Categories per day: the largest six, each day as the KPI table by day and category says.
        var categoryDays = Kpi(engine, W46, sunday, Grain.Day, Dimension.Category);
        Assert.Equal(ReportBuilder.CategoriesPerDay, model.Volume.CategoryDays.Count);
        Assert.Equal(model.Breakdowns.Categories.Take(ReportBuilder.CategoriesPerDay).Select(r => ReportBuilder.Name(r.Name)), model.Volume.CategoryDays.Select(c => c.Category));
        foreach (var category in model.Volume.CategoryDays)
        {
            Assert.Equal(
                model.Volume.Days.Select(d => (double)(categoryDays.SingleOrDefault(r => r.Start == d && ReportBuilder.Name(r.Value) == category.Category)?.Count("tickets_created") ?? 0)),
                category.Counts);
            Assert.Empty(category.SpikeDays);
        }

        // SLA by priority: every configured target, tightest first, with the KPI table's attainment.
        var priorities = Kpi(engine, W46, sunday, dim: Dimension.Priority);
        Assert.Equal([("urgent", 60.0), ("high", 240.0), ("normal", 480.0), ("low", 1440.0)], model.Speed.SlaByPriority.Select(s => (s.Priority, s.TargetMinutes)));
        foreach (var sla in model.Speed.SlaByPriority)
        {
            var row = priorities.Single(r => r.Value == sla.Priority);
            Assert.Equal((row.Count("frt_sla_n"), row.Number("frt_sla_pct")), (sla.N, sla.Percent));
        }
        Assert.Equal(Kpi(engine, W46, sunday).Single().Count("frt_sla_n"), model.Speed.SlaByPriority.Sum(s => s.N));
    }

    [Fact]
    public void Trends_are_the_kpi_table_of_the_last_12_weeks()
    {
        using var db = Open();
        var model = Build(db, ReportSpan.Week(W46));
        var weeks = Kpi(Engine(db), W46.AddDays(-77), W46.AddDays(6));

        Assert.Equal(12, weeks.Count);
        Assert.Equal(Enumerable.Range(35, 12).Select(w => $"2026-W{w}"), model.Speed.Weeks);
        Assert.Equal(model.Speed.Weeks, model.Quality.Weeks);
        Assert.Equal(model.Speed.Weeks, model.Retention.Weeks);
        Assert.Equal(weeks.Select(r => r.Number("frt_median_min")), model.Speed.FrtMedian);
        Assert.Equal(weeks.Select(r => r.Number("frt_p90_min")), model.Speed.FrtP90);
        Assert.Equal(weeks.Select(r => r.Number("resolution_median_hours")), model.Speed.ResolutionMedian);
        Assert.Equal(weeks.Select(r => r.Number("resolution_p90_hours")), model.Speed.ResolutionP90);
        Assert.Equal(weeks.Select(r => r.Number("csat_pct")), model.Quality.CsatPct);
        Assert.Equal(weeks.Select(r => r.Count("csat_n")), model.Quality.CsatN);
        Assert.Equal(weeks.Select(r => r.Number("nps")), model.Quality.Nps);
        Assert.Equal(weeks.Select(r => r.Count("nps_n")), model.Quality.NpsN);
        Assert.Equal(weeks.Select(r => r.Number("ces_mean")), model.Quality.CesMean);
        Assert.Equal(weeks.Select(r => r.Count("ces_n")), model.Quality.CesN);
        Assert.Equal(weeks.Select(r => r.Number("fcr_pct")), model.Quality.FcrPct);
        Assert.Equal(weeks.Select(r => r.Number("reopen_pct")), model.Quality.ReopenPct);
        Assert.Equal(weeks.Select(r => r.Number("retention_pct")), model.Retention.RetentionPct);
        Assert.All(model.Retention.RetentionPct, v => Assert.NotNull(v));
    }

    [Fact]
    public void What_customers_say_is_the_negative_share_of_the_kpi_table_by_period_and_category()
    {
        using var db = Open();
        var model = Build(db, ReportSpan.Week(W46));
        var weeks = Kpi(Engine(db), W46.AddDays(-7 * 11), W46.AddDays(6));
        var categories = Kpi(Engine(db), W46, W46.AddDays(6), dim: Dimension.Category);
        var before = Kpi(Engine(db), W45, W45.AddDays(6), dim: Dimension.Category);

        Assert.Equal(model.Speed.Weeks, model.Voice.Periods);
        Assert.Equal(weeks.Select(r => r.Number("negative_pct")), model.Voice.NegativePct);
        Assert.Equal(weeks.Select(r => r.Count("negative_n")), model.Voice.NegativeN);
        Assert.All(model.Voice.NegativePct, v => Assert.NotNull(v));
        // Every text of the week is in one category (or none): the categories' texts add up to the week's.
        Assert.Equal(weeks[^1].Count("negative_n"), model.Voice.Categories.Sum(c => c.Texts));
        foreach (var tone in model.Voice.Categories)
        {
            var now = categories.Single(r => r.Value == tone.Name);
            Assert.Equal((now.Count("negative_n"), now.Number("negative_pct")), (tone.Texts, tone.NegativePct));
            Assert.Equal(before.SingleOrDefault(r => r.Value == tone.Name)?.Number("negative_pct"), tone.PreviousNegativePct);
        }
        Assert.Equal(model.Voice.Categories.OrderByDescending(c => c.Texts).Select(c => c.Name), model.Voice.Categories.Select(c => c.Name));
    }

    [Fact]
    public void What_customers_say_has_the_weeks_standout_phrases_and_the_csat_drivers_of_the_trend_weeks()
    {
        using var db = Open();
        var model = Build(db, ReportSpan.Week(W46));
        var drivers = Analytics.Pipeline.Drivers.Drivers.Analyse(db, Analytics.Pipeline.Drivers.DriverTarget.Csat, W46.AddDays(-7 * 11), W46.AddDays(6));

        // Every level tested over the 12 trend weeks, as the drivers command gives them.
        var tested = drivers.Levels.Where(l => l.Verdict != Analytics.Pipeline.Drivers.DriverVerdict.TooFew).ToList();
        Assert.Equal(tested.Select(l => (l.Level, (long)l.N, l.Difference!.Value, l.QValue!.Value)),
            model.Voice.Drivers.Select(d => (d.Level, d.N, d.DifferencePp, d.AdjustedP)));
        // The sample's planted effect: reopened tickets' CSAT is far lower, and significantly so.
        var reopened = model.Voice.Drivers.Single(d => d.Factor == "reopened" && d.Level == "reopened");
        Assert.True(reopened.Significant && reopened.DifferencePp < -20, $"reopened: {reopened}");
        Assert.Equal("2026-W35 to 2026-W46", model.Voice.DriversWindow);

        // Phrases: at most 8, best first, each in at least 3 tickets of the week, each with an example text.
        Assert.InRange(model.Voice.Phrases.Count, 1, ReportBuilder.PhrasesListed);
        Assert.Equal(model.Voice.Phrases.OrderByDescending(p => p.Score).Select(p => p.Score), model.Voice.Phrases.Select(p => p.Score));
        Assert.All(model.Voice.Phrases, p => Assert.True(p.Count >= 3 && p.Example.Length > 0, p.ToString()));
        Assert.Equal("2026-09-14 to 2026-11-08", model.Voice.PhraseBaseline);
    }

    [Fact]
    public void A_month_is_reported_against_the_month_before_with_12_months_of_trend()
    {
        using var db = Open();
        var model = Build(db, ReportSpan.ParseMonth("2026-10"));
        var months = Kpi(Engine(db), new DateOnly(2025, 11, 1), new DateOnly(2026, 10, 31), Grain.Month);

        Assert.Equal(new ReportPeriod(Grain.Month, "2026-10", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), "2026-09", "Europe/Berlin"), model.Period);
        Assert.Equal("Monthly support report", model.Title);
        Assert.Equal(31, model.Volume.Days.Count);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => new DateOnly(2025, 11, 1).AddMonths(i).ToString("yyyy-MM", CultureInfo.InvariantCulture)), model.Speed.Weeks);
        Assert.Equal(months.Select(r => r.Number("frt_median_min")), model.Speed.FrtMedian);
        foreach (var tile in model.Tiles)
        {
            Assert.Equal((months[^1].Number(tile.Column), months[^2].Number(tile.Column)), (tile.Value, tile.Previous));
        }
    }

    [Fact]
    public void Frt_buckets_add_up_to_the_weeks_first_responses()
    {
        using var db = Open();
        var model = Build(db, ReportSpan.Week(W46));
        var week = Kpi(Engine(db), W46, W46.AddDays(6)).Single();

        Assert.Equal(["<1 h", "1-4 h", "4-8 h", "8-24 h", ">24 h"], model.Speed.FrtBuckets.Select(b => b.Label));
        Assert.Equal(week.Count("frt_n"), model.Speed.FrtBuckets.Sum(b => b.Value));
        Assert.InRange(model.Speed.FrtBuckets.Count(b => b.Value > 0), 3, int.MaxValue);
    }

    [Fact]
    public void Nps_split_adds_up_to_the_responses_and_gives_back_the_nps()
    {
        using var db = Open();
        var model = Build(db, ReportSpan.Week(W46));
        var week = Kpi(Engine(db), W46, W46.AddDays(6)).Single();
        var (promoters, passives, detractors) = (model.Quality.Promoters, model.Quality.Passives, model.Quality.Detractors);

        Assert.Equal(week.Count("nps_n"), promoters + passives + detractors);
        Assert.All([promoters, passives, detractors], n => Assert.InRange(n, 1, int.MaxValue));
        Assert.Equal(week.Number("nps")!.Value, 100.0 * (promoters - detractors) / (promoters + passives + detractors), 9);
    }

    [Fact]
    public void A_week_without_data_gives_empty_lists_and_missing_rates()
    {
        using var db = Open();
        var model = Build(db, ReportSpan.ParseWeek("2020-W10"));

        Assert.Equal(7, model.Volume.Days.Count);
        Assert.All(model.Volume.Created.Concat(model.Volume.Solved).Concat(model.Volume.Backlog), v => Assert.Equal(0, v));
        Assert.Empty(model.Volume.ByChannel);
        Assert.Empty(model.Volume.CategoryDays);
        Assert.Empty(model.Speed.FrtBuckets);
        Assert.Empty(model.Breakdowns.Categories);
        Assert.Empty(model.Breakdowns.Teams);
        Assert.Empty(model.WhatHappened);
        Assert.All(model.Speed.SlaByPriority, s => Assert.Equal((0L, (double?)null), (s.N, s.Percent)));
        Assert.Equal((0L, 0L, 0L), (model.Quality.Promoters, model.Quality.Passives, model.Quality.Detractors));
        Assert.All(model.Speed.FrtMedian.Concat(model.Quality.CsatPct).Concat(model.Quality.Nps), v => Assert.Null(v));
        // Counts are 0, as the KPI table has them; every rate, mean and median is missing.
        foreach (var tile in model.Tiles)
        {
            if (tile.Column is "tickets_created" or "tickets_solved" or "backlog_end")
            {
                Assert.Equal(((double?)0, (double?)0), (tile.Value, tile.Previous));
            }
            else
            {
                Assert.Equal(((double?)null, (double?)null), (tile.Value, tile.Previous));
            }
        }
        Assert.Equal(0, model.Freshness.QuarantinedInPeriod);
    }

    [Fact]
    public void Definitions_are_the_column_comments_of_the_kpi_weekly_view_from_the_columns_file()
    {
        using var db = Open();
        var model = Build(db, ReportSpan.Week(W46));

        // Read independently from the file the view's column comments are made from.
        using var columns = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "queries", "kpi", "columns.json")));
        var expected = columns.RootElement.EnumerateArray()
            .Select(c => (c.GetProperty("column").GetString()!, c.GetProperty("definition").GetString()!))
            .Where(d => d.Item1 is not ("period_start" or "period_end"))
            .ToList();

        Assert.Equal(35, expected.Count); // the 37 columns but the period bounds
        Assert.Equal(expected, model.Definitions.Select(d => (d.Kpi, d.Text)));
    }

    [Fact]
    public void Freshness_sources_and_roi_come_from_the_warehouse()
    {
        using var db = Open();
        var model = Build(db, ReportSpan.Week(W46));

        var tickets = CsvTable.Read(Path.Combine(Fixtures.RepositoryRoot, "sample-data", "tickets.csv"));
        var latest = tickets.Rows.Select(tickets.Column("created_at")).Select(t => DateTimeOffset.Parse(t, CultureInfo.InvariantCulture)).Max();
        Assert.Equal(latest, model.Freshness.LatestTicketAt);
        Assert.Equal(TimeSpan.FromHours(1), model.Freshness.LatestTicketAt!.Value.Offset); // shown in Berlin time
        Assert.Contains(new SourceCount("tickets", "helpdesk", tickets.Rows.Count), model.Sources);
        Assert.Contains(model.Sources, s => s.Table == "surveys" && s.Source == "helpdesk nps");

        var roi = Assert.Single(model.Retention.Initiatives);
        Assert.Equal("Help centre relaunch", roi.Name);
        var frame = Engine(db).Roi();
        Assert.Equal(frame.Columns.Select(c => c.Name).Where(n => n != "initiative"), roi.Figures.Select(f => f.Column));
        Assert.Equal(frame.Columns["roi_pct"][0], roi.Figures.Single(f => f.Column == "roi_pct").Value);
    }

    [Fact]
    public void Spikes_given_by_alerting_are_marked_and_listed_first()
    {
        using var db = Open();
        var plain = Build(db, ReportSpan.Week(W46));
        var smallest = plain.Breakdowns.Categories[^1].Name; // not among the six drawn per day
        var spiked = Build(db, ReportSpan.Week(W46), spikes:
        [
            new CategorySpike(smallest, new DateOnly(2026, 11, 11)),
            new CategorySpike(smallest, new DateOnly(2026, 11, 10)),
            new CategorySpike("Billing", new DateOnly(2026, 11, 1)), // outside the week: ignored
        ]);

        Assert.Equal([smallest], spiked.Breakdowns.Categories.Where(c => c.Spike).Select(c => c.Name));
        var days = Assert.Single(spiked.Volume.CategoryDays, c => c.SpikeDays.Count > 0);
        Assert.Equal(ReportBuilder.Name(smallest), days.Category);
        Assert.Equal([new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 11)], days.SpikeDays);
        Assert.Equal(ReportBuilder.CategoriesPerDay + 1, spiked.Volume.CategoryDays.Count);
        // After the backlog's sentence (BacklogStoryTests), the same in both.
        Assert.Equal(plain.WhatHappened[0], spiked.WhatHappened[0]);
        Assert.Equal($"Spike: {ReportBuilder.Name(smallest)} on Tue 2026-11-10, Wed 2026-11-11", spiked.WhatHappened[1]);
        Assert.Equal(plain.WhatHappened.Skip(1), spiked.WhatHappened.Skip(2));
    }

    [Fact]
    public void A_spike_with_the_detectors_figures_says_them_in_what_happened()
    {
        using var db = Open();
        var model = Build(db, ReportSpan.Week(W46), spikes:
        [
            // 42 tickets against a typical 11.5: 42 / 11.5 = 3.652… printed 3.7×; 47 / 10.5 = 4.476… printed 4.5×.
            new CategorySpike("Login & Access", new DateOnly(2026, 11, 12), 47, 10.5, 47 / 10.5),
            new CategorySpike("Login & Access", new DateOnly(2026, 11, 11), 42, 11.5, 42 / 11.5),
        ]);

        Assert.Equal("Spike: Login & Access on Wed 2026-11-11 (42 tickets, typical 11.5, 3.7×), Thu 2026-11-12 (47 tickets, typical 10.5, 4.5×)",
            model.WhatHappened[1]);
    }

    [Fact]
    public void Biggest_movers_are_the_categories_whose_volume_changed_most()
    {
        using var db = Open();
        var model = Build(db, ReportSpan.Week(W46));

        var movers = model.Breakdowns.Categories.OrderByDescending(c => Math.Abs(c.Created - c.PreviousCreated)).Take(ReportBuilder.Movers).ToList();
        // The backlog's sentence, then the movers.
        Assert.Equal(ReportBuilder.Movers + 1, model.WhatHappened.Count);
        Assert.StartsWith("Backlog ", model.WhatHappened[0], StringComparison.Ordinal);
        foreach (var (line, mover) in model.WhatHappened.Skip(1).Zip(movers))
        {
            var change = mover.Created - mover.PreviousCreated;
            Assert.Equal($"{ReportBuilder.Name(mover.Name)}: {mover.Created:N0} tickets created ({(change > 0 ? "+" : "-")}{Math.Abs(change):N0} against 2026-W45)", line);
        }
    }

    [Fact]
    public void Building_leaves_the_sessions_definitions_as_they_were()
    {
        using var db = Open();
        var engine = Engine(db);
        var before = KpiRows.Of(engine.Table(new KpiRequest(new DateOnly(2026, 5, 18), new DateOnly(2026, 11, 15), Grain.Week)));
        Build(db, ReportSpan.Week(W46));
        var after = KpiRows.Of(engine.Table(new KpiRequest(new DateOnly(2026, 5, 18), new DateOnly(2026, 11, 15), Grain.Week)));

        Assert.Equal(0L, db.Scalar<long>("SELECT count(*) FROM duckdb_tables() WHERE table_name LIKE 'report_%'"));
        Assert.DoesNotContain("report_kpi", db.Scalar<string>("SELECT sql FROM duckdb_views() WHERE view_name = 'kpi_tickets'"), StringComparison.Ordinal);
        Assert.Equal(26, after.Count);
        Assert.Equal(before.Select(r => (r.Count("tickets_created"), r.Count("backlog_end"), r.Number("frt_median_min"))),
            after.Select(r => (r.Count("tickets_created"), r.Count("backlog_end"), r.Number("frt_median_min"))));
    }
}
