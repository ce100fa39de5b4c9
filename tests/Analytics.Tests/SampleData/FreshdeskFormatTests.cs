using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Tests.Support;

namespace Analytics.Tests.SampleData;

/// <summary>The Freshdesk export has the vendor's header, day-first dates and H:MM:SS durations.</summary>
public sealed partial class FreshdeskFormatTests
{
    private static SampleDataFixture Data => SampleDataFixture.Shared;

    private const string FreshdeskHeader = "Ticket ID,Subject,Description,Status,Priority,Source,Type,Agent,Group,Created time,Due by Time,Resolved time,Closed time,Last update time,Initial response time,First response time (in hrs),Resolution time (in hrs),Agent interactions,Customer interactions,Resolution status,First response status,Tags,Survey results,Product,Contact ID,Company Name";

    private CsvTable Freshdesk => CsvTable.Read(SampleDataFixture.FileOf(Data.Freshdesk, "tickets"));

    [Fact]
    public void Freshdesk_export_has_the_exact_header_and_day_first_dates()
    {
        var file = SampleDataFixture.FileOf(Data.Freshdesk, "tickets");
        Assert.Equal("freshdesk_tickets.csv", Path.GetFileName(file));
        Assert.Equal(FreshdeskHeader, File.ReadLines(file).First());
        var f = Freshdesk;
        var created = f.Rows.Select(r => Stamp.Freshdesk(f.Column("Created time")(r))!.Value).ToList();
        // Only a day-first reading gives day numbers above 12 in the first field.
        Assert.Contains(created, d => d.Day > 12);
        foreach (var column in new[] { "Due by Time", "Resolved time", "Closed time", "Last update time", "Initial response time" })
        {
            Assert.All(f.Rows.Select(f.Column(column)), v => Stamp.Freshdesk(v));
        }
        var canonicalCreated = Data.Tickets.Rows.Where(r => Data.Tickets.Column("status")(r) != "deleted")
            .Select(r => Stamp.ToBerlin(Stamp.Utc(Data.Tickets.Column("created_at")(r))!.Value)).ToList();
        Assert.Equal(canonicalCreated.Select(d => d.AddTicks(-(d.Ticks % TimeSpan.TicksPerMinute))), created);
    }

    [Fact]
    public void Freshdesk_export_uses_the_vendor_vocabularies_and_hour_durations()
    {
        var f = Freshdesk;
        Assert.All(f.Rows.Select(f.Column("Status")), s => Assert.Contains(s, new[] { "Open", "Pending", "Resolved", "Closed", "Waiting on Customer" }));
        Assert.All(f.Rows.Select(f.Column("Priority")), s => Assert.Contains(s, new[] { "Low", "Medium", "High", "Urgent" }));
        Assert.All(f.Rows.Select(f.Column("Source")), s => Assert.Contains(s, new[] { "Email", "Portal", "Phone", "Chat", "Feedback Widget" }));
        Assert.All(f.Rows.Select(f.Column("Survey results")), s => Assert.Contains(s, new[] { "", "Extremely Happy", "Happy", "Neutral", "Unhappy", "Extremely Unhappy" }));
        var durations = f.Rows.Select(f.Column("Resolution time (in hrs)")).Concat(f.Rows.Select(f.Column("First response time (in hrs)"))).ToList();
        Assert.All(durations, d => Assert.Matches(HoursOrEmpty(), d));
        Assert.Contains(durations, d => d.Length > 0 && int.Parse(d.Split(':')[0], CultureInfo.InvariantCulture) >= 24);
        Assert.Contains(f.Rows.Select(f.Column("Tags")), t => t.Contains(',', StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^(\d+:[0-5]\d:[0-5]\d)?$")]
    private static partial Regex HoursOrEmpty();
}
