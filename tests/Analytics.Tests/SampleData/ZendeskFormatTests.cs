using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Tests.Support;

namespace Analytics.Tests.SampleData;

/// <summary>The Zendesk export has the vendor's header and quirks, and holds the same tickets as the canonical files.</summary>
public sealed partial class ZendeskFormatTests
{
    private static SampleDataFixture Data => SampleDataFixture.Shared;

    private const string ZendeskHeader = "Id,Requester id,Assignee,Group,Subject,Description,Tags,Status,Priority,Via,Ticket type,Created at,Updated at,Solved at,Satisfaction Score,Reopens,Replies,First reply time in minutes,First reply time in minutes within business hours,Full resolution time in minutes within business hours,Ticket category [list]";

    private CsvTable Zendesk => CsvTable.Read(SampleDataFixture.FileOf(Data.Zendesk, "tickets"));

    [Fact]
    public void Zendesk_export_has_the_exact_header_and_only_a_ticket_file()
    {
        var file = SampleDataFixture.FileOf(Data.Zendesk, "tickets");
        Assert.Equal("zendesk_tickets.csv", Path.GetFileName(file));
        Assert.Equal(ZendeskHeader, File.ReadLines(file).First());
        Assert.Single(Data.Zendesk.Files);
    }

    [Fact]
    public void Zendesk_export_reproduces_the_vendor_quirks()
    {
        var z = Zendesk;
        var (solvedAt, satisfaction, priority, category, status, id) = (z.Column("Solved at"), z.Column("Satisfaction Score"),
            z.Column("Priority"), z.Column("Ticket category [list]"), z.Column("Status"), z.Column("Id"));
        Assert.Contains(z.Rows, r => solvedAt(r) == "1900-01-01 00:00:00");
        Assert.Contains(z.Rows, r => satisfaction(r) == "Offered");
        Assert.Contains(z.Rows, r => priority(r) == "-");
        Assert.Contains(z.Rows, r => category(r) == "-");
        Assert.All(z.Rows.Select(satisfaction), s => Assert.Contains(s, new[] { "Offered", "Not Offered", "Good", "Bad" }));
        Assert.All(z.Rows.Select(status), s => Assert.Contains(s, new[] { "New", "Open", "Pending", "On-hold", "Solved", "Closed" }));
        Assert.All(z.Rows.Select(priority), p => Assert.Contains(p, new[] { "-", "Low", "Normal", "High", "Urgent" }));
        Assert.All(z.Rows.Select(id), i => Assert.Matches(Digits(), i));
        Assert.All(z.Rows.Select(z.Column("Requester id")), i => Assert.Matches(Digits(), i));
        foreach (var column in new[] { "Created at", "Updated at", "Solved at" })
        {
            Assert.All(z.Rows.Select(z.Column(column)), v => Assert.Matches(ZendeskTime(), v));
        }
        foreach (var row in z.Rows)
        {
            Assert.Equal(status(row) is "Solved" or "Closed", solvedAt(row) != "1900-01-01 00:00:00");
        }
    }

    [Fact]
    public void Zendesk_export_holds_the_canonical_tickets_in_local_time()
    {
        var canonical = Data.Tickets.Rows.Where(r => Data.Tickets.Column("status")(r) != "deleted")
            .ToDictionary(r => long.Parse(Data.Tickets.Column("ticket_id")(r)[1..], CultureInfo.InvariantCulture));
        var z = Zendesk;
        Assert.Equal(canonical.Count, z.Rows.Count);
        var ratedTickets = Data.Surveys.Rows.Where(r => Data.Surveys.Column("survey")(r) == "csat")
            .ToDictionary(Data.Surveys.Column("ticket_id"), r => int.Parse(Data.Surveys.Column("score")(r), CultureInfo.InvariantCulture));
        foreach (var row in z.Rows)
        {
            var ticket = canonical[long.Parse(z.Column("Id")(row), CultureInfo.InvariantCulture)];
            var createdUtc = Stamp.Utc(Data.Tickets.Column("created_at")(ticket))!.Value;
            Assert.Equal(Stamp.ToBerlin(createdUtc), Stamp.Zendesk(z.Column("Created at")(row)));
            Assert.Equal(Data.Tickets.Column("reopens")(ticket), z.Column("Reopens")(row));
            Assert.Equal(Data.Tickets.Column("description")(ticket), z.Column("Description")(row));
            var expected = ratedTickets.TryGetValue(Data.Tickets.Column("ticket_id")(ticket), out var score) ? (score >= 4 ? "Good" : "Bad") : null;
            if (expected is not null)
            {
                Assert.Equal(expected, z.Column("Satisfaction Score")(row));
            }
            else
            {
                Assert.Contains(z.Column("Satisfaction Score")(row), new[] { "Offered", "Not Offered" });
            }
            var firstResponse = Stamp.Utc(Data.Tickets.Column("first_response_at")(ticket));
            var minutes = z.Column("First reply time in minutes")(row);
            Assert.Equal(firstResponse is null ? "" : Math.Round((firstResponse.Value - createdUtc).TotalMinutes, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture), minutes);
            var business = z.Column("First reply time in minutes within business hours")(row);
            Assert.True(business.Length == 0 || int.Parse(business, CultureInfo.InvariantCulture) <= int.Parse(minutes, CultureInfo.InvariantCulture));
        }
    }

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$")]
    private static partial Regex ZendeskTime();
}
