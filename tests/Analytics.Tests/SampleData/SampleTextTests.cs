using System.Text.RegularExpressions;
using Analytics.Pipeline.SampleData;
using Analytics.Tests.Support;

namespace Analytics.Tests.SampleData;

/// <summary>
/// What the sample's customers write (sample-data/README.md, "What customers write"): every ticket has a description,
/// in English or, for a share of the customers, Russian, and so do their survey comments; the texts are varied and
/// hold what real messages hold. Their tone against the ticket's story is held in the warehouse
/// (<c>Text/SampleSentimentTests</c>).
/// </summary>
public sealed partial class SampleTextTests
{
    private static SampleDataFixture Data => SampleDataFixture.Shared;

    private static readonly Lazy<CsvTable> LargeSurveys = new(() => CsvTable.Read(SampleDataFixture.FileOf(Data.LargeCanonical, "surveys")));

    [GeneratedRegex(@"\p{IsCyrillic}")]
    private static partial Regex Cyrillic();

    private static bool Russian(string text) => Cyrillic().IsMatch(text);

    [Fact]
    public void Every_ticket_has_a_description_and_a_share_of_customers_write_russian_the_rest_english()
    {
        var t = Data.LargeTickets;
        var (description, customer) = (t.Column("description"), t.Column("customer_id"));

        Assert.All(t.Rows, r => Assert.NotEqual("", description(r)));
        var byCustomer = t.Rows.GroupBy(customer).ToList();
        // Each customer writes one language, whatever the ticket.
        Assert.All(byCustomer, g => Assert.Single(g.Select(r => Russian(description(r))).Distinct()));
        var russianShare = byCustomer.Average(g => Russian(description(g.First())) ? 1.0 : 0.0);
        Assert.InRange(russianShare, 0.25, 0.35); // Knobs.RussianShare = 0.3 of about 4,000 customers
        Assert.Contains(t.Rows, r => description(r).Contains("Здравствуйте", StringComparison.Ordinal));
        Assert.Contains(t.Rows, r => description(r).StartsWith("Hi,", StringComparison.Ordinal));
    }

    [Fact]
    public void Survey_comments_are_written_in_the_language_of_their_customer()
    {
        var tickets = Data.LargeTickets;
        var language = tickets.Rows.GroupBy(tickets.Column("customer_id"))
            .ToDictionary(g => g.Key, g => Russian(tickets.Column("description")(g.First())));
        var s = LargeSurveys.Value;
        var (comment, customer) = (s.Column("comment"), s.Column("customer_id"));
        var comments = s.Rows.Where(r => comment(r).Length > 0 && language.ContainsKey(customer(r))).ToList();

        Assert.All(comments, r => Assert.Equal(language[customer(r)], Russian(comment(r))));
        Assert.Contains(comments, r => Russian(comment(r)));
        Assert.Contains(comments, r => !Russian(comment(r)));
    }

    [Fact]
    public void The_texts_are_varied_hold_quotes_commas_and_line_breaks_and_have_every_slot_filled()
    {
        var descriptions = Data.LargeTickets.Rows.Select(Data.LargeTickets.Column("description")).ToList();
        var comments = LargeSurveys.Value.Rows.Select(LargeSurveys.Value.Column("comment")).Where(c => c.Length > 0).ToList();

        // Templates with slots, greetings, details and signatures: nearly every description is its own.
        Assert.InRange(descriptions.Distinct().Count() / (double)descriptions.Count, 0.75, 1.0);
        Assert.InRange(comments.Distinct().Count(), 100, comments.Count);
        foreach (var mark in new[] { "\n", "\"", "," })
        {
            Assert.Contains(descriptions, d => d.Contains(mark, StringComparison.Ordinal));
            Assert.Contains(comments, c => c.Contains(mark, StringComparison.Ordinal));
        }
        Assert.All(descriptions.Concat(comments), text => Assert.DoesNotMatch(@"[{}]", text));
        // A support message's length: a chat line to a short email.
        var lengths = descriptions.Select(d => d.Length).Order().ToList();
        Assert.InRange(lengths[lengths.Count / 2], 100, 250);
        Assert.InRange(lengths[^1], 200, 400);
    }

    [Fact]
    public void Every_subject_has_its_problem_in_both_languages()
    {
        var subjects = SubjectVocabulary.Subjects.SelectMany(s => s).Concat(SubjectVocabulary.Uncategorised)
            .Concat(SubjectVocabulary.SpikeSubjects(Knobs.PaymentsSpikeCategory)).Concat(SubjectVocabulary.SpikeSubjects(Knobs.LoginSpikeCategory))
            .Select(s => s.Subject).ToList();

        foreach (var language in new[] { TextVocabulary.English, TextVocabulary.Russian })
        {
            Assert.Equal(subjects.Order(StringComparer.Ordinal), language.Problems.Keys.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void The_vendor_exports_carry_the_canonical_descriptions()
    {
        var canonical = Data.Tickets.Rows.Where(r => Data.Tickets.Column("status")(r) != "deleted")
            .ToDictionary(r => r[0].TrimStart('T').TrimStart('0'), Data.Tickets.Column("description"));
        foreach (var manifest in new[] { Data.Zendesk, Data.Freshdesk })
        {
            var vendor = CsvTable.Read(SampleDataFixture.FileOf(manifest, "tickets"));
            var id = vendor.Column(manifest == Data.Zendesk ? "Id" : "Ticket ID");
            Assert.Equal(canonical.Count, vendor.Rows.Count);
            Assert.All(vendor.Rows, r => Assert.Equal(canonical[id(r)], vendor.Column("Description")(r)));
        }
    }
}
