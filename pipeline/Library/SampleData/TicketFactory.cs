namespace Analytics.Pipeline.SampleData;

/// <summary>
/// Who and what a new ticket is about: category, channel, priority, team, agent, customer, subject
/// and tags. Its life after creation is played by <see cref="TicketLifecycle"/>.
/// </summary>
internal sealed class TicketFactory
{
    private readonly WeightTable<int> _categories = Table(Catalog.Categories.Select(c => c.Share));
    private readonly WeightTable<int> _channels = Table(Catalog.Channels.Select(c => c.Share));
    private readonly WeightTable<int> _priorities = Table(Catalog.Priorities.Select(p => p.Share));
    private readonly WeightTable<int> _spikePriorities = Table([0, 45, 45, 10]);
    private readonly WeightTable<int>[] _agentsByTeam;
    private readonly SubjectLine[]?[] _spikeSubjects;
    private readonly CustomerBook _customers;

    public TicketFactory(CustomerBook customers)
    {
        _customers = customers;
        _agentsByTeam = Enumerable.Range(0, Catalog.Teams.Length)
            .Select(team => new WeightTable<int>(Catalog.Agents.Select((a, i) => (i, a.Team == team ? a.Weight : 0))))
            .ToArray();
        _spikeSubjects = Catalog.Categories
            .Select(c => c.Name is Knobs.PaymentsSpikeCategory or Knobs.LoginSpikeCategory ? SubjectVocabulary.SpikeSubjects(c.Name) : null)
            .ToArray();
    }

    /// <summary>Each category's share of all tickets (uncategorised tickets taken out).</summary>
    public static double[] CategoryShares()
    {
        var total = Catalog.Categories.Sum(c => c.Share);
        return Catalog.Categories.Select(c => (1.0 - Knobs.UncategorisedShare) * c.Share / total).ToArray();
    }

    public Ticket Create(long number, long createdLocal, long createdUtc, PlannedSpike? spike, SeededRandom rng)
    {
        var t = new Ticket { Number = number, CreatedLocal = createdLocal, Created = createdUtc, Spike = spike is not null };
        t.Category = spike?.Category ?? (rng.Chance(Knobs.UncategorisedShare) ? -1 : _categories.PickIndex(rng));
        t.Channel = _channels.PickIndex(rng);
        t.Priority = spike is not null ? _spikePriorities.PickIndex(rng)
            : rng.Chance(Knobs.NoPriorityShare) ? -1
            : _priorities.PickIndex(rng);
        if (t.Category >= 0 && Catalog.Categories[t.Category].Name == "Security" && t.Priority == 1 && rng.Chance(0.5))
        {
            t.Priority = 2; // security reports get bumped
        }

        t.Team = t.Category >= 0 && rng.Chance(Knobs.PrimaryTeamShare) ? Catalog.Categories[t.Category].Team : Catalog.GeneralSupport;
        t.Agent = _agentsByTeam[t.Team].Pick(rng);
        t.Customer = _customers.PickActive(createdUtc, rng);
        t.Vip = _customers.SegmentOf[t.Customer] == Segment.Enterprise;
        t.Product = ProductOf(t, rng);

        var subjects = spike is not null ? _spikeSubjects[t.Category]! : t.Category >= 0 ? SubjectVocabulary.Subjects[t.Category] : SubjectVocabulary.Uncategorised;
        t.Subject = subjects[rng.Next(subjects.Length)];
        return t;
    }

    /// <summary>The tags as written: category tag, the subject's tags, and "vip" for enterprise customers.</summary>
    public static IEnumerable<string> TagsOf(Ticket t)
    {
        if (t.Category >= 0)
        {
            yield return Catalog.Categories[t.Category].Tag;
        }
        foreach (var tag in t.Subject.Tags)
        {
            yield return tag;
        }
        if (t.Vip)
        {
            yield return "vip";
        }
    }

    private static int ProductOf(Ticket t, SeededRandom rng)
    {
        var category = t.Category >= 0 ? Catalog.Categories[t.Category].Name : "";
        if (Catalog.Channels[t.Channel].Name == "api" || category == "Integrations")
        {
            return 2;
        }
        if (category == "Payments" && rng.Chance(0.7))
        {
            return 3;
        }
        return rng.Chance(0.65) ? 0 : 1;
    }

    private static WeightTable<int> Table(IEnumerable<double> weights) => new(weights.Select((w, i) => (i, w)));
}
