using System.Globalization;
using Analytics.Pipeline.Delivery;
using Analytics.Pipeline.Reports;
using Analytics.Reports.Document;
using Analytics.Reports.Model;
using Analytics.Tests.SampleData;
using Analytics.Tests.Support;
using DuckDB.NET.Data;

namespace Analytics.Tests.Reports;

/// <summary>
/// What a report says about the data behind it (docs/report.md, "Honesty about the data"), on the demo's
/// warehouse: the canonical sample ("helpdesk", 2026-05-18 to 2026-11-15) and the Zendesk sample, which went
/// live on Mon 2026-09-21 at 13:00 (Europe/Berlin). Expectations are counted from the sample files.
/// </summary>
public sealed class ReportCoverageTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly DateTimeOffset MondayAfter = new(2026, 11, 16, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WeeksLater = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);

    private static readonly SampleWarehouse Sample = SampleWarehouse.Demo;

    private static DuckDBConnection Open() => Sample.OpenReadOnly();

    private ReportModel Build(DuckDBConnection db, ReportSpan period, DateTimeOffset now) =>
        new ReportBuilder(db, Sample.Settings).Build(period, now: now);

    [Fact]
    public void A_week_a_source_joined_in_compares_the_other_source_only_and_says_so()
    {
        using var db = Open();
        var w39 = ReportSpan.ParseWeek("2026-W39");
        var model = Build(db, w39, MondayAfter);

        // Zendesk's first ticket, local Berlin time as the export writes it.
        var zendesk = CsvTable.Read(Path.Combine(Fixtures.RepositoryRoot, "sample-data", "zendesk", "zendesk_tickets.csv"));
        var first = zendesk.Rows.Select(r => DateTime.ParseExact(zendesk.Column("Created at")(r), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)).Min();
        Assert.Equal(new DateTime(2026, 9, 21, 13, 0, 0), first.Date.AddHours(13)); // it went live on the first day at 13:00
        // W39 is 2026-09-21 00:00 to 09-28 00:00 Berlin (CEST throughout): 168 h; Zendesk covers it from its first ticket.
        var share = (new DateTime(2026, 9, 28) - first).TotalHours / 168;
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"2026-W39 is partial: the data covers {share * 100:0.#}% of it"),
            string.Join("\n", model.Notices), StringComparison.Ordinal);
        Assert.Contains($"Changes compare helpdesk only: zendesk-sample started {first:yyyy-MM-dd HH:mm}.", model.Notices);

        // The tickets tile shows both sources; its change is helpdesk's W39 against helpdesk's W38.
        var helpdesk = CsvTable.Read(Path.Combine(Fixtures.RepositoryRoot, "sample-data", "tickets.csv"));
        long Created(CsvTable table, Func<string[], DateTime> local, DateOnly from) => table.Rows
            .Where(r => !table.Header.Contains("status") || table.Column("status")(r) != "deleted")
            .Count(r => DateOnly.FromDateTime(local(r)) is var d && d >= from && d <= from.AddDays(6));
        DateTime HelpdeskLocal(string[] r) => TimeZoneInfo.ConvertTime(DateTimeOffset.Parse(helpdesk.Column("created_at")(r), CultureInfo.InvariantCulture), Berlin).DateTime;
        DateTime ZendeskLocal(string[] r) => DateTime.ParseExact(zendesk.Column("Created at")(r), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var tile = model.Tiles.Single(t => t.Column == "tickets_created");
        Assert.Equal(Created(helpdesk, HelpdeskLocal, w39.From) + Created(zendesk, ZendeskLocal, w39.From), tile.Value);
        Assert.Equal(new Compared(Created(helpdesk, HelpdeskLocal, w39.From), Created(helpdesk, HelpdeskLocal, w39.Previous.From)), tile.LikeForLike);
        Assert.True(tile.Comparable);
        Assert.Equal("against 2026-W38 over helpdesk only (like for like)", model.ChangesAgainst);
        Assert.All(model.Breakdowns.Categories, c => Assert.NotNull(c.LikeForLike));

        // The initiative's windows (2026-07-20 to 11-09) hold Zendesk's start too: its ROI counts helpdesk only,
        // and the email says so beside the figure.
        var roi = Assert.Single(model.Retention.Initiatives);
        object? Figure(string column) => roi.Figures.Single(f => f.Column == column).Value;
        Assert.Equal(("helpdesk", $"zendesk-sample started {first:yyyy-MM-dd HH:mm}"), (Figure("sources"), Figure("left_out")));
        var mail = ReportMail.Compose(model, [1], "w39.pdf", "head@example.com", late: false);
        Assert.Contains($"ROI of Help centre relaunch: {Analytics.Reports.KpiFormat.Value("roi_pct", Figure("roi_pct"))} (counting helpdesk; left out: zendesk-sample started {first:yyyy-MM-dd HH:mm})",
            mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"Note: Changes compare helpdesk only: zendesk-sample started {first:yyyy-MM-dd HH:mm}.", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_month_the_data_stops_in_is_partial_and_its_changes_are_not_comparable()
    {
        using var db = Open();
        var model = Build(db, ReportSpan.ParseMonth("2026-11"), MondayAfter);

        // Both help desks stop on Sun 2026-11-15: neither covers October and November whole.
        Assert.Contains("Changes are not shown: no source's tickets cover both 2026-10 and 2026-11 whole.", model.Notices);
        Assert.Contains(model.Notices, n => n.StartsWith("2026-11 is partial: the data covers ", StringComparison.Ordinal));
        Assert.All(model.Tiles, t => Assert.False(t.Comparable));
        Assert.All(model.Tiles, t => Assert.Equal((KpiTileView.NotComparable, ChangeTone.Neutral), KpiTileView.Change(t)));
        Assert.All(model.Breakdowns.Categories, c => Assert.False(c.Comparable));
        // No "mover" can be named without a comparison.
        Assert.DoesNotContain(model.WhatHappened, line => line.Contains("against 2026-10", StringComparison.Ordinal));

        var mail = ReportMail.Compose(model, [1], "m.pdf", "head@example.com", late: false);
        Assert.Contains("Tickets created: 1,797 (not comparable vs 2026-10)", mail.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("Monthly support report 2026-11", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Note: Changes are not shown", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_quiet_for_weeks_is_named_on_page_one_and_not_the_morning_after()
    {
        using var db = Open();
        var w46 = ReportSpan.ParseWeek("2026-W46");

        var onTime = Build(db, w46, MondayAfter);
        var late = Build(db, w46, WeeksLater);

        // Both weeks are whole for both help desks and nothing was quiet for long on the Monday after.
        Assert.Empty(onTime.Notices);
        // helpdesk's newest ticket is 2026-11-15T22:18:00Z (23:18 CET): 21 days 9 h 42 min = 21.40 days before 12-07 08:00Z.
        Assert.Contains("No tickets from helpdesk since Sun 2026-11-15 23:18, 21.4 days before this report.", late.Notices);
        Assert.Contains(late.Notices, n => n.StartsWith("No tickets from zendesk-sample since Sun 2026-11-15 ", StringComparison.Ordinal));
        var page1 = ReportOutput.PageTexts(ReportOutput.Render(late, "stale-feed-banner.pdf"))[0];
        Assert.Contains("No tickets from helpdesk since Sun 2026-11-15 23:18", page1.Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_period_the_latest_complete_one_the_data_covers_is_chosen_and_said()
    {
        using var db = Open();

        Assert.Equal(("2026-W46", null), Label(ReportPeriods.Default(db, Grain.Week, MondayAfter, Berlin)));
        var (week, note) = Label(ReportPeriods.Default(db, Grain.Week, WeeksLater, Berlin));
        Assert.Equal("2026-W46", week);
        Assert.Equal("2026-W46 is the latest complete week the data covers; 2026-W49, which has just ended, is not covered (give --week to choose)", note);
        // November has ended by 12-07 but the data stops on the 15th: October is the latest month covered whole.
        Assert.Equal("2026-10", ReportPeriods.Default(db, Grain.Month, WeeksLater, Berlin).Span.Label);
    }

    private static (string, string?) Label((ReportSpan Span, string? Note) chosen) => (chosen.Span.Label, chosen.Note);
}
