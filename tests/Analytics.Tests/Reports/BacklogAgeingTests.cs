using Analytics.Pipeline.Ingest;
using Analytics.Pipeline.Reports;
using Analytics.Reports.Document;
using Analytics.Reports.Model;
using Analytics.Tests.Support;

namespace Analytics.Tests.Reports;

/// <summary>
/// The backlog at the period's end by age (whole days since created) and its oldest ticket: the same tickets as the
/// KPI table's backlog_end.
/// </summary>
public sealed class BacklogAgeingTests : IDisposable
{
    private const string Tickets = "ticket_id,created_at,updated_at,solved_at,status\n";
    private readonly TempWarehouse _w = new() { Settings = KpiWarehouse.Settings("""{ "Reporting": { "TimeZone": "UTC" } }""") };

    public void Dispose() => _w.Dispose();

    [Fact]
    public void Open_tickets_at_the_weeks_end_fall_in_buckets_by_whole_days_since_created()
    {
        // The week 2026-03-02 to 2026-03-08 ends at 2026-03-09 00:00 UTC. Ages at that instant:
        _w.Ingest(_w.Write("t.csv", Tickets
            + "A,2026-03-08T23:59:00Z,2026-03-08T23:59:00Z,,new\n"       // 1 minute: 0 days
            + "B,2026-03-06T00:00:01Z,2026-03-06T00:00:01Z,,open\n"      // 2 days 23:59:59: 2 days
            + "C,2026-03-06T00:00:00Z,2026-03-06T00:00:00Z,,open\n"      // exactly 3 days
            + "D,2026-03-01T00:00:01Z,2026-03-10T00:00:00Z,2026-03-10T00:00:00Z,solved\n" // 7 days, solved after the end: open then
            + "E,2026-03-01T00:00:00Z,2026-03-01T00:00:00Z,,pending\n"   // 8 days
            + "F,2026-02-07T00:00:01Z,2026-02-07T00:00:01Z,,open\n"      // 29 days 23:59:59: 29 days
            + "G,2026-02-06T00:00:00Z,2026-02-06T00:00:00Z,,hold\n"      // 31 days
            + "H,2026-01-02T08:30:00Z,2026-01-02T08:30:00Z,,open\n"      // 65 days: the oldest
            + "I,2025-12-01T00:00:00Z,2026-03-05T00:00:00Z,2026-03-05T00:00:00Z,solved\n" // solved before the end
            + "J,2025-11-01T00:00:00Z,2025-11-02T00:00:00Z,,closed\n"    // closed without solved_at: never open
            + "K,2026-03-09T00:00:00Z,2026-03-09T00:00:00Z,,new\n"),     // created at the end: not yet
            new IngestOptions { SourceName = "desk" });

        var model = new ReportBuilder(_w.Db, _w.Settings).Build(ReportSpan.Week(new DateOnly(2026, 3, 2)));
        var ageing = model.Volume.Ageing!;

        Assert.Equal([("0-2 days", 2.0), ("3-7 days", 2.0), ("8-30 days", 2.0), ("over 30 days", 2.0)], ageing.Buckets.Select(b => (b.Label, b.Value)));
        Assert.Equal(new OldestOpenTicket("desk", "H", new DateTime(2026, 1, 2, 8, 30, 0), 65), ageing.Oldest);
        // The same tickets as the backlog tile.
        Assert.Equal(model.Tiles.Single(t => t.Column == "backlog_end").Value, ageing.Buckets.Sum(b => b.Value));
        Assert.Equal("Open tickets at the end of Sun 2026-03-08, by days since created: 0-2 days 2 · 3-7 days 2 · 8-30 days 2 · over 30 days 2. "
            + "Oldest open: H (desk), created 2026-01-02 08:30, 65 days.", VolumeRegion.AgeingText(ageing, model.Period));
    }

    [Fact]
    public void The_backlogs_sentence_names_a_source_that_began_within_its_run_and_not_one_that_began_after_the_report()
    {
        // desk from 2026-02-16 (W08), chat from 2026-02-24 (W09), mail only after the reported week W10.
        _w.Ingest(_w.Write("desk.csv", Tickets + "A,2026-02-16T09:00:00Z,2026-02-16T09:00:00Z,,open\n"), new IngestOptions { SourceName = "desk" });
        _w.Ingest(_w.Write("chat.csv", Tickets + "B,2026-02-24T09:00:00Z,2026-02-24T09:00:00Z,,open\nC,2026-03-03T09:00:00Z,2026-03-03T09:00:00Z,,open\n"),
            new IngestOptions { SourceName = "chat" });
        _w.Ingest(_w.Write("mail.csv", Tickets + "D,2026-03-12T09:00:00Z,2026-03-12T09:00:00Z,,open\n"), new IngestOptions { SourceName = "mail" });

        var model = new ReportBuilder(_w.Db, _w.Settings).Build(ReportSpan.Week(new DateOnly(2026, 3, 2)));

        // Backlog 1 (W08), 2 (W09), 3 (W10): up every week since W08, +200%, chat began in W09; mail is not named.
        Assert.Equal("Backlog 3, up every week since 2026-W08 (+200%): 1 created vs 0 solved (chat began in 2026-W09)", model.WhatHappened[0]);
    }

    [Fact]
    public void On_the_sample_the_buckets_add_up_to_the_backlog_of_every_week()
    {
        using var db = SampleWarehouse.Canonical.OpenReadOnly();
        var builder = new ReportBuilder(db, SampleWarehouse.Canonical.Settings);
        foreach (var monday in new[] { new DateOnly(2026, 9, 7), new DateOnly(2026, 10, 26), new DateOnly(2026, 11, 9) })
        {
            var model = builder.Build(ReportSpan.Week(monday));
            Assert.Equal(model.Tiles.Single(t => t.Column == "backlog_end").Value, model.Volume.Ageing!.Buckets.Sum(b => b.Value));
            Assert.True(model.Volume.Ageing.Oldest!.AgeDays > 30);
        }
    }
}
