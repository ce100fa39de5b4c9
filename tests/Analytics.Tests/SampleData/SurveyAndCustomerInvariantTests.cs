using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Tests.Support;

namespace Analytics.Tests.SampleData;

/// <summary>Survey answers and customers obey their scales, references and the generated range.</summary>
public sealed partial class SurveyAndCustomerInvariantTests
{
    private static SampleDataFixture Data => SampleDataFixture.Shared;

    private static readonly Dictionary<string, (int Min, int Max)> Scales = new()
    {
        ["csat"] = (1, 5),
        ["nps"] = (0, 10),
        ["ces"] = (1, 7),
    };

    [Fact]
    public void Every_survey_answer_is_on_its_scale_and_after_its_solve_within_the_range()
    {
        var tickets = Data.Tickets.Rows.ToDictionary(Data.Tickets.Column("ticket_id"));
        var solvedAt = Data.Tickets.Column("solved_at");
        var customers = Data.Customers.Rows.ToDictionary(Data.Customers.Column("customer_id"), r => Stamp.Utc(Data.Customers.Column("created_at")(r))!.Value);
        var s = Data.Surveys;
        var (id, survey, score, scaleMax, responded, ticket, customer, agent) = (s.Column("response_id"), s.Column("survey"), s.Column("score"),
            s.Column("scale_max"), s.Column("responded_at"), s.Column("ticket_id"), s.Column("customer_id"), s.Column("agent_id"));
        var last = Stamp.BerlinMidnightUtc(SampleDataFixture.Small.End.AddDays(1)).AddSeconds(-1);
        var first = Stamp.BerlinMidnightUtc(SampleDataFixture.Small.Start);

        Assert.NotEmpty(s.Rows);
        foreach (var row in s.Rows)
        {
            var where = id(row);
            Assert.Matches(ResponseId(), where);
            Assert.True(Scales.TryGetValue(survey(row), out var scale), $"{where}: unknown survey {survey(row)}");
            Assert.Equal(scale.Max, int.Parse(scaleMax(row), CultureInfo.InvariantCulture));
            Assert.InRange(int.Parse(score(row), CultureInfo.InvariantCulture), scale.Min, scale.Max);
            var at = Stamp.Utc(responded(row))!.Value;
            Assert.InRange(at, first, last);
            Assert.True(customers.TryGetValue(customer(row), out var signedUp) && signedUp < at, $"{where}: customer unknown or not yet signed up");
            if (survey(row) == "nps")
            {
                Assert.Equal("", ticket(row));
                Assert.Equal("", agent(row));
                continue;
            }
            Assert.True(tickets.TryGetValue(ticket(row), out var t), $"{where}: unknown ticket {ticket(row)}");
            var solved = Stamp.Utc(solvedAt(t!));
            Assert.True(solved is not null && at > solved, $"{where}: answered before its ticket was solved");
            Assert.Equal(Data.Tickets.Column("customer_id")(t!), customer(row));
        }
        Assert.Equal(s.Rows.Count, s.Rows.Select(id).Distinct().Count());
    }

    [Fact]
    public void Survey_volumes_are_plausible()
    {
        var solved = Data.Tickets.Rows.Count(r => Data.Tickets.Column("solved_at")(r).Length > 0);
        var bySurvey = Data.Surveys.Rows.GroupBy(Data.Surveys.Column("survey")).ToDictionary(g => g.Key, g => g.Count());
        Assert.InRange((double)bySurvey["csat"] / solved, 0.22, 0.36);
        Assert.InRange((double)bySurvey["ces"] / solved, 0.04, 0.12);
        Assert.InRange(bySurvey["nps"], 1, int.MaxValue);
        var comments = Data.Surveys.Rows.Select(Data.Surveys.Column("comment")).Where(c => c.Length > 0).ToList();
        Assert.InRange((double)comments.Count / Data.Surveys.Rows.Count, 0.15, 0.4);
    }

    [Fact]
    public void Slow_or_reopened_tickets_get_worse_csat()
    {
        var tickets = Data.Tickets.Rows.ToDictionary(Data.Tickets.Column("ticket_id"));
        var (reopens, created, solved) = (Data.Tickets.Column("reopens"), Data.Tickets.Column("created_at"), Data.Tickets.Column("solved_at"));
        var csat = Data.Surveys.Rows.Where(r => Data.Surveys.Column("survey")(r) == "csat")
            .Select(r => (Score: int.Parse(Data.Surveys.Column("score")(r), CultureInfo.InvariantCulture), Ticket: tickets[Data.Surveys.Column("ticket_id")(r)]))
            .ToList();
        bool Troubled((int Score, string[] Ticket) x) => reopens(x.Ticket) != "0" || Stamp.Utc(solved(x.Ticket)) - Stamp.Utc(created(x.Ticket)) > TimeSpan.FromDays(5);
        var troubled = csat.Where(Troubled).Average(x => x.Score);
        var smooth = csat.Where(x => !Troubled(x)).Average(x => x.Score);
        Assert.True(smooth - troubled > 0.3, $"smooth {smooth:F2} vs troubled {troubled:F2}");
    }

    [Fact]
    public void Every_customer_row_is_consistent()
    {
        var c = Data.Customers;
        Assert.Equal(SampleDataFixture.Small.Tickets / 5, c.Rows.Count);
        var start = Stamp.BerlinMidnightUtc(SampleDataFixture.Small.Start);
        var last = Stamp.BerlinMidnightUtc(SampleDataFixture.Small.End.AddDays(1)).AddSeconds(-1);
        foreach (var row in c.Rows)
        {
            Assert.Matches(CustomerId(), c.Column("customer_id")(row));
            var created = Stamp.Utc(c.Column("created_at")(row))!.Value;
            Assert.True(created <= last);
            var churned = Stamp.Utc(c.Column("churned_at")(row));
            Assert.True(churned is null || (churned > created && churned <= last), $"{c.Column("customer_id")(row)}: bad churn date");
            Assert.Contains(c.Column("segment")(row), new[] { "smb", "mid-market", "enterprise" });
            Assert.Contains(c.Column("plan")(row), new[] { "basic", "pro", "enterprise" });
            Assert.Matches(Money(), c.Column("mrr")(row));
        }
        var signedUpBefore = c.Rows.Count(r => Stamp.Utc(c.Column("created_at")(r)) < start);
        Assert.InRange((double)signedUpBefore / c.Rows.Count, 0.5, 0.7);
        Assert.Contains(c.Rows, r => c.Column("churned_at")(r).Length > 0);
    }

    [GeneratedRegex(@"^R\d{7}$")]
    private static partial Regex ResponseId();

    [GeneratedRegex(@"^C\d{5}$")]
    private static partial Regex CustomerId();

    [GeneratedRegex(@"^[1-9]\d*\.\d\d$")]
    private static partial Regex Money();
}
