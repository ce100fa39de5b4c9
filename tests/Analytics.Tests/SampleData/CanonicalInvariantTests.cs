using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Tests.Support;

namespace Analytics.Tests.SampleData;

/// <summary>Every row of the canonical files obeys the rules of docs/ingest.md and of the sample generator (README, "Sample data").</summary>
public sealed partial class CanonicalInvariantTests
{
    private static SampleDataFixture Data => SampleDataFixture.Shared;

    private static readonly string[] Statuses = ["new", "open", "pending", "hold", "solved", "closed", "deleted"];
    private static readonly string[] Channels = ["email", "chat", "phone", "web", "social", "messaging", "api", "other"];
    private static readonly string[] Priorities = ["", "low", "normal", "high", "urgent"];

    private DateTime FirstInstant => Stamp.BerlinMidnightUtc(SampleDataFixture.Small.Start);
    private DateTime LastInstant => Stamp.BerlinMidnightUtc(SampleDataFixture.Small.End.AddDays(1)).AddSeconds(-1);

    [Fact]
    public void Files_have_the_exact_canonical_headers()
    {
        Assert.Equal("ticket_id,created_at,updated_at,first_response_at,solved_at,first_solved_at,closed_at,status,channel,category,priority,customer_id,agent_id,team,reopens,agent_replies,subject,description,tags", string.Join(',', Data.Tickets.Header));
        Assert.Equal("response_id,survey,score,scale_max,responded_at,ticket_id,customer_id,agent_id,comment", string.Join(',', Data.Surveys.Header));
        Assert.Equal("customer_id,created_at,churned_at,segment,plan,mrr", string.Join(',', Data.Customers.Header));
    }

    [Fact]
    public void Files_are_utf8_without_bom_with_lf_line_ends()
    {
        foreach (var file in Data.Canonical.Files)
        {
            var bytes = File.ReadAllBytes(file.Path);
            Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, $"{file.Path} starts with a BOM");
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.Equal((byte)'\n', bytes[^1]);
        }
    }

    [Fact]
    public void Every_ticket_row_is_consistent()
    {
        var t = Data.Tickets;
        var (id, created, updated, firstResponse, solved, firstSolved, closed) = (t.Column("ticket_id"), t.Column("created_at"),
            t.Column("updated_at"), t.Column("first_response_at"), t.Column("solved_at"), t.Column("first_solved_at"), t.Column("closed_at"));
        var (status, reopens, replies) = (t.Column("status"), t.Column("reopens"), t.Column("agent_replies"));
        foreach (var row in t.Rows)
        {
            var where = id(row);
            foreach (var column in new[] { created, updated, firstResponse, solved, firstSolved, closed })
            {
                Assert.Matches(TimestampOrEmpty(), column(row));
            }
            var c = Stamp.Utc(created(row))!.Value;
            var u = Stamp.Utc(updated(row))!.Value;
            var (fr, s, fs, cl) = (Stamp.Utc(firstResponse(row)), Stamp.Utc(solved(row)), Stamp.Utc(firstSolved(row)), Stamp.Utc(closed(row)));
            var st = status(row);
            var (reopenCount, replyCount) = (int.Parse(reopens(row), CultureInfo.InvariantCulture), int.Parse(replies(row), CultureInfo.InvariantCulture));

            Assert.InRange(c, FirstInstant, LastInstant);
            Assert.True(u <= LastInstant, $"{where}: updated_at after the end");
            if (fr is not null) { Assert.True(c <= fr, $"{where}: first response before creation"); }
            if (s is not null) { Assert.True(fr is not null && fr <= s, $"{where}: solved without or before first response"); }
            if (fs is not null && s is not null) { Assert.True(fs <= s, $"{where}: first_solved_at after solved_at"); }
            if (cl is not null) { Assert.True(s is not null && cl >= s, $"{where}: closed without or before solve"); }
            foreach (var other in new[] { c, fr, s, fs, cl })
            {
                Assert.True(other is null || u >= other, $"{where}: updated_at {u:o} before {other:o}");
            }

            var reopenedThenOpen = s is null && fs is not null;
            Assert.Equal(st is "solved" or "closed", s is not null);
            Assert.Equal(st == "closed", cl is not null);
            Assert.Equal(s is not null || reopenedThenOpen, fs is not null);
            if (reopenedThenOpen) { Assert.True(st == "open" && reopenCount > 0, $"{where}: solved once but not now must be open and reopened"); }
            if (reopenCount > 0 && s is not null) { Assert.True(fs < s, $"{where}: reopened but first_solved_at == solved_at"); }
            Assert.True(reopenCount >= 0);
            Assert.True(replyCount >= 0);
            Assert.Equal(fr is null, replyCount == 0);
            Assert.Contains(st, Statuses);
        }
    }

    [Fact]
    public void Ticket_fields_use_the_documented_vocabularies()
    {
        var t = Data.Tickets;
        var ids = t.Rows.Select(t.Column("ticket_id")).ToList();
        Assert.All(ids, id => Assert.Matches(TicketId(), id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(t.Rows.Select(t.Column("channel")), c => Assert.Contains(c, Channels));
        Assert.All(t.Rows.Select(t.Column("priority")), p => Assert.Contains(p, Priorities));
        Assert.All(t.Rows.Select(t.Column("agent_id")), a => Assert.Matches(AgentIdOrEmpty(), a));
        Assert.All(t.Rows.Select(t.Column("team")), team => Assert.False(string.IsNullOrWhiteSpace(team)));
        Assert.All(t.Rows.Select(t.Column("tags")), tags => Assert.Matches(Tags(), tags));
        Assert.Equal(12, t.Rows.Select(t.Column("category")).Where(c => c.Length > 0).Distinct().Count());
    }

    [Fact]
    public void Every_ticket_belongs_to_a_customer_who_signed_up_before_it()
    {
        var customers = Data.Customers.Rows.ToDictionary(Data.Customers.Column("customer_id"), r => Stamp.Utc(Data.Customers.Column("created_at")(r))!.Value);
        var (customer, created) = (Data.Tickets.Column("customer_id"), Data.Tickets.Column("created_at"));
        foreach (var row in Data.Tickets.Rows)
        {
            Assert.True(customers.TryGetValue(customer(row), out var signedUp), $"unknown customer {customer(row)}");
            Assert.True(signedUp < Stamp.Utc(created(row)), $"{customer(row)} signed up after their ticket");
        }
    }

    [GeneratedRegex(@"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)?$")]
    private static partial Regex TimestampOrEmpty();

    [GeneratedRegex(@"^T\d{6}$")]
    private static partial Regex TicketId();

    [GeneratedRegex(@"^(agent-\d\d)?$")]
    private static partial Regex AgentIdOrEmpty();

    [GeneratedRegex(@"^[a-z0-9_]+(;[a-z0-9_]+)*$")]
    private static partial Regex Tags();
}
