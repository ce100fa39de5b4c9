using Analytics.Pipeline.SampleData;

namespace Analytics.Tests.SampleData;

/// <summary>The business calendar walk (Mon-Fri 09:00-18:00 local) and the DST-aware zone conversion.</summary>
public sealed class BusinessClockTests
{
    private static long Local(int year, int month, int day, int hour, int minute = 0) =>
        ReportingZone.Seconds(new DateTime(year, month, day, hour, minute, 0));

    [Fact]
    public void A_ticket_from_friday_evening_is_answered_on_monday()
    {
        // Friday 2026-06-05 19:30: 90 business minutes later is Monday 10:30.
        Assert.Equal(Local(2026, 6, 8, 10, 30), BusinessClock.Add(Local(2026, 6, 5, 19, 30), 90 * 60));
        // Friday 17:30 + 60 minutes: 30 on Friday, 30 on Monday.
        Assert.Equal(Local(2026, 6, 8, 9, 30), BusinessClock.Add(Local(2026, 6, 5, 17, 30), 60 * 60));
        Assert.Equal(Local(2026, 6, 8, 9, 1), BusinessClock.Add(Local(2026, 6, 6, 12, 0), 60));
    }

    [Fact]
    public void Whole_weeks_are_skipped_exactly()
    {
        var monday = Local(2026, 6, 8, 9, 0);
        Assert.Equal(Local(2026, 6, 12, 18, 0), BusinessClock.Add(monday, 5 * 9 * 3600));
        Assert.Equal(Local(2026, 6, 22, 9, 0) + 1, BusinessClock.Add(monday, (10 * 9 * 3600) + 1));
    }

    [Fact]
    public void Between_undoes_add()
    {
        var rng = new SeededRandom(1, 99);
        for (var i = 0; i < 2000; i++)
        {
            var start = Local(2026, 1, 1, 0) + rng.NextLong(400L * 86400);
            var seconds = 1 + rng.NextLong(60L * 9 * 3600);
            var end = BusinessClock.Add(start, seconds);
            Assert.Equal(seconds, BusinessClock.Between(start, end));
        }
    }

    [Fact]
    public void Zone_conversion_follows_berlin_daylight_saving()
    {
        var zone = new ReportingZone("Europe/Berlin", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        Assert.Equal(Local(2026, 1, 15, 11), zone.ToUtc(Local(2026, 1, 15, 12)));           // CET, +01:00
        Assert.Equal(Local(2026, 7, 15, 10), zone.ToUtc(Local(2026, 7, 15, 12)));           // CEST, +02:00
        Assert.Equal(Local(2026, 3, 29, 1, 30), zone.ToUtc(Local(2026, 3, 29, 2, 30)));     // in the spring gap: read as 03:30 CEST
        Assert.Equal(Local(2026, 10, 25, 12), zone.ToLocal(Local(2026, 10, 25, 11)));       // after the autumn change
        Assert.Equal(Local(2026, 10, 25, 2, 30), zone.ToLocal(Local(2026, 10, 25, 0, 30))); // first 02:30, still CEST
        Assert.Equal(Local(2026, 10, 25, 2, 30), zone.ToLocal(Local(2026, 10, 25, 1, 30))); // second 02:30, CET
        Assert.Equal(Local(2027, 6, 1, 12), zone.ToLocal(Local(2027, 6, 1, 10)));           // beyond the cached range
    }
}
