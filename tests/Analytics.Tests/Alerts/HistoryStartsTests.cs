using Analytics.Pipeline.Alerts;

namespace Analytics.Tests.Alerts;

public class HistoryStartsTests
{
    private static readonly DateOnly Day0 = new(2026, 5, 18);

    // Payments: fed by "helpdesk" (first day Day0, its first Payments ticket on Day0 + 2) and by "zendesk" (first
    // day Day0 + 120, its first Payments ticket on Day0 + 123). Security: only "zendesk", first ticket Day0 + 130.
    private static readonly HistoryStarts Starts = new([
        new SourceFeed("Payments", "helpdesk", Day0, Day0.AddDays(2)),
        new SourceFeed("Payments", "zendesk", Day0.AddDays(120), Day0.AddDays(123)),
        new SourceFeed("Security", "zendesk", Day0.AddDays(120), Day0.AddDays(130)),
    ]);

    [Fact]
    public void A_category_starts_with_its_first_ticket()
    {
        // Before zendesk's first Payments ticket only helpdesk feeds it: max(Day0, first ticket Day0 + 2) = Day0 + 2.
        Assert.Equal(Day0.AddDays(2), Starts.StartFor("Payments", Day0.AddDays(2)));
        Assert.Equal(Day0.AddDays(2), Starts.StartFor("Payments", Day0.AddDays(122)));
        Assert.Null(Starts.StartFor("Payments", Day0.AddDays(1)));
    }

    [Fact]
    public void A_later_source_restarts_the_category_from_its_own_first_day_once_it_feeds_it()
    {
        // From Day0 + 123 zendesk feeds Payments: the history starts on zendesk's first day, Day0 + 120 (the days
        // it had tickets elsewhere but none in Payments were real zeros of Payments from zendesk).
        Assert.Equal(Day0.AddDays(120), Starts.StartFor("Payments", Day0.AddDays(123)));
        // Security's first ticket (Day0 + 130) is later than zendesk's first day: it starts there.
        Assert.Equal(Day0.AddDays(130), Starts.StartFor("Security", Day0.AddDays(140)));
        Assert.Null(Starts.StartFor("Unknown", Day0.AddDays(140)));
    }
}
