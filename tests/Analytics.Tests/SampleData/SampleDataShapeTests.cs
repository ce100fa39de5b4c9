using Analytics.Tests.Support;

namespace Analytics.Tests.SampleData;

/// <summary>The data looks like a help desk: counts as asked, a weekly and daily rhythm, skewed categories, every lifecycle path.</summary>
public sealed class SampleDataShapeTests
{
    private static SampleDataFixture Data => SampleDataFixture.Shared;

    [Fact]
    public void Row_counts_match_the_options_and_the_manifest()
    {
        Assert.Equal(SampleDataFixture.Small.Tickets, Data.Tickets.Rows.Count);
        Assert.Equal(SampleDataFixture.Large.Tickets, Data.LargeTickets.Rows.Count);
        foreach (var manifest in new[] { Data.Canonical, Data.Zendesk, Data.Freshdesk, Data.LargeCanonical })
        {
            foreach (var file in manifest.Files)
            {
                Assert.Equal(file.Rows, CsvTable.Read(file.Path).Rows.Count);
            }
        }
        Assert.Equal(["tickets", "surveys", "customers"], Data.Canonical.Files.Select(f => f.Kind));
        Assert.Equal(SampleDataFixture.Small.Start, Data.Canonical.FirstDay);
        Assert.Equal(new DateOnly(2026, 9, 21), Data.Canonical.FirstDay);
    }

    [Fact]
    public void Weekdays_are_much_busier_than_weekends()
    {
        var perDay = Stamp.LocalCreatedDays(Data.Tickets).GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
        bool IsWeekend(DateOnly d) => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var weekday = perDay.Where(p => !IsWeekend(p.Key)).Average(p => p.Value);
        var weekend = perDay.Where(p => IsWeekend(p.Key)).Average(p => p.Value);
        Assert.True(weekday > 2.5 * weekend, $"weekday {weekday:F1}/day vs weekend {weekend:F1}/day");
        Assert.InRange(weekend / weekday, 0.2, 0.4);
    }

    [Fact]
    public void Arrivals_peak_in_the_late_morning_and_are_low_at_night()
    {
        var hours = Data.Tickets.Rows.Select(r => Stamp.ToBerlin(Stamp.Utc(Data.Tickets.Column("created_at")(r))!.Value).Hour).ToList();
        var night = hours.Count(h => h is >= 1 and < 5);
        var lateMorning = hours.Count(h => h is >= 10 and < 14);
        Assert.True(lateMorning > 10 * night, $"10-14h: {lateMorning}, 1-5h: {night}");
    }

    [Fact]
    public void Category_volumes_differ_widely()
    {
        var counts = Data.Tickets.Rows.Select(Data.Tickets.Column("category")).Where(c => c.Length > 0)
            .GroupBy(c => c).Select(g => g.Count()).ToList();
        Assert.Equal(12, counts.Count);
        Assert.True(counts.Max() >= 4 * counts.Min(), $"largest {counts.Max()}, smallest {counts.Min()}");
    }

    [Fact]
    public void Every_lifecycle_path_occurs_in_plausible_shares()
    {
        var t = Data.LargeTickets;
        var n = (double)t.Rows.Count;
        var (status, firstResponse, solved, firstSolved, reopens, replies) = (t.Column("status"), t.Column("first_response_at"),
            t.Column("solved_at"), t.Column("first_solved_at"), t.Column("reopens"), t.Column("agent_replies"));
        Assert.InRange(t.Rows.Count(r => status(r) == "deleted") / n, 0.002, 0.01);
        Assert.InRange(t.Rows.Count(r => firstResponse(r).Length == 0 && status(r) != "deleted") / n, 0.015, 0.08);
        Assert.InRange(t.Rows.Count(r => reopens(r) != "0") / n, 0.05, 0.11);
        Assert.Contains(t.Rows, r => reopens(r) == "2");
        Assert.Contains(t.Rows, r => solved(r).Length == 0 && firstSolved(r).Length > 0);
        Assert.InRange(t.Rows.Count(r => status(r) is "open" or "pending" or "hold") / n, 0.04, 0.16);
        var solvedRows = t.Rows.Where(r => solved(r).Length > 0).ToList();
        Assert.InRange(solvedRows.Count(r => replies(r) == "1") / (double)solvedRows.Count, 0.45, 0.65);
        Assert.InRange(t.Rows.Count(r => t.Column("priority")(r) == "urgent") / n, 0.015, 0.05);
    }
}
