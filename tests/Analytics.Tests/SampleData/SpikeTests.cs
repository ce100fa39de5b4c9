using Analytics.Pipeline.SampleData;
using Analytics.Tests.Support;

namespace Analytics.Tests.SampleData;

/// <summary>The two planted category spikes are where the manifest says, and stand out as the brief asks.</summary>
public sealed class SpikeTests
{
    private static SampleDataFixture Data => SampleDataFixture.Shared;

    [Fact]
    public void The_manifest_lists_the_two_spikes_relative_to_the_end()
    {
        Assert.Equal(
            [("Payments", new DateOnly(2026, 10, 20), 4.0), ("Login & Access", new DateOnly(2026, 11, 11), 3.0), ("Login & Access", new DateOnly(2026, 11, 12), 3.0)],
            Data.Canonical.Spikes.Select(s => (s.Category, s.LocalDate, s.Multiplier)));
        using var folder = new TempFolder();
        var shifted = SampleDataGenerator.Generate(SampleDataFixture.Small with { Tickets = 300, End = new DateOnly(2026, 6, 3) }, folder.Combine("shifted"));
        // Wednesday 2026-06-03: the last complete ISO week is 2026-05-25..31.
        Assert.Equal([new DateOnly(2026, 5, 5), new DateOnly(2026, 5, 27), new DateOnly(2026, 5, 28)], shifted.Spikes.Select(s => s.LocalDate));
    }

    [Fact]
    public void Spike_days_stand_far_above_the_same_weekday()
    {
        var tickets = Data.LargeTickets;
        var days = Stamp.LocalCreatedDays(tickets);
        var categories = tickets.Rows.Select(tickets.Column("category")).ToList();
        foreach (var spike in Data.LargeCanonical.Spikes)
        {
            var perDay = days.Where((_, i) => categories[i] == spike.Category).GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
            var spikeDays = Data.LargeCanonical.Spikes.Where(s => s.Category == spike.Category).Select(s => s.LocalDate).ToHashSet();
            var sameWeekday = Enumerable.Range(0, 7 * SampleDataFixture.Large.Weeks)
                .Select(SampleDataFixture.Large.Start.AddDays)
                .Where(d => d.DayOfWeek == spike.LocalDate.DayOfWeek && !spikeDays.Contains(d))
                .Select(d => perDay.GetValueOrDefault(d)).Order().ToList();
            var median = (sameWeekday[(sameWeekday.Count - 1) / 2] + sameWeekday[sameWeekday.Count / 2]) / 2.0;
            var onSpike = perDay.GetValueOrDefault(spike.LocalDate);
            Assert.True(onSpike >= 2.5 * median, $"{spike.Category} {spike.LocalDate}: {onSpike} vs median {median}");
        }
    }

    [Fact]
    public void Spike_tickets_carry_their_incident_tags_only_on_spike_days()
    {
        var days = Stamp.LocalCreatedDays(Data.Tickets);
        var tags = Data.Tickets.Rows.Select(Data.Tickets.Column("tags")).ToList();
        foreach (var (tag, category) in new[] { ("incident_payments", "Payments"), ("incident_login", "Login & Access") })
        {
            var tagged = days.Where((_, i) => tags[i].Split(';').Contains(tag)).GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
            var planted = Data.Canonical.Spikes.Where(s => s.Category == category).ToDictionary(s => s.LocalDate, s => s.ExtraTickets);
            Assert.Equal(planted.OrderBy(p => p.Key), tagged.OrderBy(p => p.Key));
            Assert.All(planted.Values, extra => Assert.True(extra > 0));
        }
    }
}
