using System.Globalization;
using System.Text;

namespace Analytics.Pipeline.SampleData;

/// <summary>What a survey comment says, from its score: CSAT and CES good, mixed or bad; NPS by bucket.</summary>
internal enum CommentMood { Good, Mixed, Bad, Promoter, Passive, Detractor }

/// <summary>
/// What customers write: a ticket's description (their first message) and their survey comments, in English or
/// Russian (each customer writes one language), in a tone that follows how the ticket went (<see cref="TicketStory"/>):
/// a slow, unanswered or reopened ticket is written by an unhappy customer, a quick clean solve rarely. Every text
/// comes from streams of its own (per customer, per ticket, per comment), so that the texts change none of the
/// sample's other draws: its figures stay the same whatever the texts say.
/// </summary>
internal sealed class SampleTexts(int seed, CustomerBook customers)
{
    // The generator's streams are 1 to 4 (SampleDataGenerator).
    private const ulong VoiceStream = 5, DescriptionStream = 6, CommentStream = 7;

    private static readonly string[] Browsers = ["Chrome", "Firefox", "Safari", "Edge"];
    private static readonly string[] Devices = ["iPhone 13", "iPhone 15", "Pixel 7", "Galaxy S22", "iPad", "Redmi Note 12"];
    private static readonly string[] AndroidDevices = ["Pixel 7", "Galaxy S22", "Redmi Note 12"];
    private static readonly string[] Errors = ["500", "502", "401", "403", "ERR_CONNECTION_RESET", "\"Something went wrong\""];
    private static readonly string[] PlanNames = ["Basic", "Pro", "Enterprise"];

    /// <summary>The categories whose problems a customer describes technically (what they tried, since when).</summary>
    private static readonly string[] TechnicalCategories = ["Login & Access", "Bug Report", "Integrations", "Performance"];

    /// <summary>The language a customer writes in, and the name they sign with (an index into <see cref="TextVocabulary.Names"/>).</summary>
    public (TextLanguage Language, int Name) VoiceOf(int customer)
    {
        var rng = new SeededRandom(seed, VoiceStream, customer);
        var language = rng.Chance(Knobs.RussianShare) ? TextLanguage.Russian : TextLanguage.English;
        return (language, rng.Next(TextVocabulary.Of(language).Names.Length));
    }

    /// <summary>
    /// The customer's first message: in an email or web form a greeting, the problem the subject names, perhaps a
    /// detail, a sentence whose tone follows the ticket's story and a signature after a blank line; in a chat, a call
    /// or a message only the problem and the tone.
    /// </summary>
    public string Description(Ticket t)
    {
        var rng = new SeededRandom(seed, DescriptionStream, t.Number);
        var (language, name) = VoiceOf(t.Customer);
        var v = TextVocabulary.Of(language);
        var written = Catalog.Channels[t.Channel].Name is "email" or "web" or "api" or "other";
        var text = new StringBuilder();
        if (written && rng.Chance(0.8))
        {
            // "Hi," opens a line of its own; "Здравствуйте!" may run on.
            var greeting = Pick(v.Greetings, rng);
            text.Append(greeting).Append(greeting.EndsWith(',') || rng.Chance(0.5) ? '\n' : ' ');
        }
        text.Append(Pick(ProblemsOf(t, v), rng));
        if (written && rng.Chance(0.5))
        {
            var technical = t.Category >= 0 && TechnicalCategories.Contains(Catalog.Categories[t.Category].Name);
            text.Append(' ').Append(Pick(technical ? v.TechnicalDetails : v.Details, rng));
        }
        var tone = ToneSentences(t, v, rng);
        if (tone is not null)
        {
            text.Append(' ').Append(Pick(tone, rng));
        }
        if (written && rng.Chance(0.5))
        {
            text.Append("\n\n").Append(Pick(v.Signatures, rng));
        }
        return Fill(text.ToString(), v, t, t.Customer, name, rng);
    }

    /// <summary>
    /// A survey comment of the given mood, keyed by a draw of the caller's stream. A low CSAT or CES says what went
    /// wrong with the ticket (the wait, the reopen) more often than not; a quick solve is sometimes praised for it.
    /// </summary>
    public string Comment(ulong key, CommentMood mood, Ticket? ticket, int customer)
    {
        var rng = new SeededRandom(seed, CommentStream, (long)key);
        var (language, name) = VoiceOf(customer);
        var v = TextVocabulary.Of(language);
        var story = ticket?.Story ?? TicketStory.Ordinary;
        var pool = mood switch
        {
            CommentMood.Good => story == TicketStory.Quick && rng.Chance(0.4) ? v.GoodQuick : v.Good,
            CommentMood.Mixed => v.Mixed,
            CommentMood.Bad => story switch
            {
                TicketStory.Reopened when rng.Chance(0.7) => v.BadReopened,
                TicketStory.Slow or TicketStory.Unanswered when rng.Chance(0.7) => v.BadSlow,
                _ => v.BadGeneric,
            },
            CommentMood.Promoter => v.NpsPromoter,
            CommentMood.Passive => v.NpsPassive,
            _ => v.NpsDetractor,
        };
        return Fill(Pick(pool, rng), v, ticket, customer, name, rng);
    }

    /// <summary>The problem in the customer's words, as the ticket's subject names it.</summary>
    private static string[] ProblemsOf(Ticket t, TextVocabulary v) =>
        v.Problems.TryGetValue(t.Subject.Subject, out var problems)
            ? problems
            : throw new InvalidOperationException($"the sample's texts have no description for the subject '{t.Subject.Subject}'");

    /// <summary>The sentences of the description's tone (<see cref="Knobs.DescriptionTone"/>); null for none (a plain neutral message).</summary>
    private static string[]? ToneSentences(Ticket t, TextVocabulary v, SeededRandom rng)
    {
        var (negative, positive) = Knobs.DescriptionTone[(int)t.Story];
        if (t.Spike)
        {
            negative = Math.Max(negative, Knobs.IncidentNegativeShare);
        }
        var u = rng.NextDouble();
        return u < negative ? t.Story switch
        {
            TicketStory.Reopened when rng.Chance(0.7) => v.NegativeAgain,
            TicketStory.Slow or TicketStory.Unanswered when rng.Chance(0.7) => v.NegativeWaiting,
            _ => v.Negative,
        }
            : u < negative + positive ? v.Positive
            : rng.Chance(0.6) ? v.Neutral
            : null;
    }

    private static string Pick(string[] pool, SeededRandom rng) => pool[rng.Next(pool.Length)];

    /// <summary>The template with each <c>{slot}</c> filled; an unknown slot is a mistake in the vocabulary.</summary>
    private string Fill(string template, TextVocabulary v, Ticket? t, int customer, int name, SeededRandom rng)
    {
        var text = new StringBuilder(template.Length + 32);
        var at = 0;
        while (template.IndexOf('{', at) is var open and >= 0)
        {
            var close = template.IndexOf('}', open);
            text.Append(template, at, open - at).Append(Slot(template[(open + 1)..close], v, t, customer, name, rng));
            at = close + 1;
        }
        return text.Append(template, at, template.Length - at).ToString();
    }

    private string Slot(string slot, TextVocabulary v, Ticket? t, int customer, int name, SeededRandom rng) => slot switch
    {
        "order" => v.OrderMark + Number(1_000_000 + rng.Next(9_000_000)),
        "invoice" => "INV-2026-" + Number(10_000 + rng.Next(90_000)),
        "amount" => v.Amount(5 + rng.Next(400), 5 * rng.Next(20)),
        "plan" => PlanNames[(int)customers.PlanOf[customer]],
        "company" => CompanyNames.For(customer),
        "customer" => Number(customer + 1),
        "name" => v.Names[name],
        "agent" => t is { Agent: >= 0 } ? Catalog.Agents[t.Agent].Name.Split(' ')[0] : v.NoAgent,
        "browser" => Pick(Browsers, rng),
        "device" => Pick(Devices, rng),
        "android" => Pick(AndroidDevices, rng),
        "error" => Pick(Errors, rng),
        "when" => Pick(v.When, rng),
        "since" => Pick(v.Since, rng),
        "period" => Pick(v.Period, rng),
        "days" => Number(2 + rng.Next(4)),
        "day" => Pick(v.DayOrdinals, rng),
        "times" => v.Times[Math.Clamp(t?.Reopens ?? 1, 1, v.Times.Length) - 1],
        "minutes" => Number(Math.Max(1, (t?.FirstResponseBusinessSeconds ?? 60) / 60)),
        "few" => Number(2 + rng.Next(3)),
        "team" => Number(3 + rng.Next(38)),
        "seconds" => Number(5 + rng.Next(16)),
        "count" => Number(10 + rng.Next(491)),
        "contacts" => Number(300 + rng.Next(4_701)),
        _ => throw new InvalidOperationException($"the sample's texts name an unknown slot {{{slot}}}"),
    };

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
