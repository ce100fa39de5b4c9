namespace Analytics.Pipeline.SampleData;

/// <summary>
/// Generates a realistic, deterministic help-desk export: customers first (held in memory), then
/// one local day at a time, tickets in creation order with their surveys, and the day's NPS answers.
/// Rows go straight to disk, so the number of tickets is bounded by disk, not memory.
/// </summary>
public static class SampleDataGenerator
{
    // Independent random streams, so that e.g. the customer list does not shift the tickets.
    private const ulong ArrivalStream = 1, CustomerStream = 2, TicketStream = 3, NpsStream = 4;

    public static SampleDataManifest Generate(SampleDataOptions options, string outDir)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }
        Directory.CreateDirectory(outDir);

        var first = options.Start;
        var days = 7 * options.Weeks;
        var zone = new ReportingZone(Knobs.TimeZoneId, first.AddDays(-(int)(Knobs.CustomerHistoryYears * 366) - 7), options.End.AddDays(400));
        var startUtc = zone.ToUtc(ReportingZone.Seconds(first));
        var now = zone.ToUtc(ReportingZone.Seconds(options.End.AddDays(1)) - 1);

        var customerCount = Math.Max(1, options.Tickets / Knobs.TicketsPerCustomer);
        var customers = CustomerBook.Generate(customerCount, startUtc, now, new SeededRandom(options.Seed, CustomerStream));
        var spikes = SpikePlan.For(first, options.End);
        var arrivals = ArrivalPlan.Create(first, days, options.Tickets, spikes, TicketFactory.CategoryShares(), new SeededRandom(options.Seed, ArrivalStream));
        var npsBound = (customerCount * Knobs.NpsMonthlyShare * days / Knobs.DaysPerMonth * 1.5) + 100;
        var ids = IdWidths.For(options.Tickets, customerCount, (2L * options.Tickets) + (long)npsBound);

        using var writer = CreateWriter(options.Format, outDir, ids, zone);
        writer.Customers(customers);
        var factory = new TicketFactory(customers);
        var texts = new SampleTexts(options.Seed, customers);
        var lifecycle = new TicketLifecycle(zone, now, texts);
        var nps = new NpsSampler(customers, zone, texts);
        long number = 0;
        // Rows before the go-live are generated (so every later row stays the same) but not written.
        var liveFrom = ReportingZone.Seconds(first) + (long)(options.GoLive?.ToTimeSpan().TotalSeconds ?? 0);
        for (var d = 0; d < days; d++)
        {
            var rng = new SeededRandom(options.Seed, TicketStream, d);
            foreach (var packed in arrivals.TimesOf(d, rng))
            {
                var local = packed >> 1;
                var spike = (packed & 1) == 1 ? arrivals.SpikeOn[d] : null;
                var ticket = factory.Create(++number, local, zone.ToUtc(local), spike, rng);
                lifecycle.Play(ticket, rng);
                ticket.Description = texts.Description(ticket);
                nps.Record(ticket);
                if (local < liveFrom)
                {
                    continue;
                }
                writer.Ticket(ticket);
                if (ticket.Csat is { } csat)
                {
                    writer.Survey(csat);
                }
                if (ticket.Ces is { } ces)
                {
                    writer.Survey(ces);
                }
            }
            foreach (var response in nps.Day(first.AddDays(d), new SeededRandom(options.Seed, NpsStream, d)))
            {
                if (d > 0 || options.GoLive is null)
                {
                    writer.Survey(response);
                }
            }
        }

        var injected = spikes
            .Select(s => new InjectedSpike(Catalog.Categories[s.Category].Name, s.Day, s.Multiplier, arrivals.SpikeExtra[s.Day.DayNumber - first.DayNumber]))
            .ToArray();
        return new SampleDataManifest(options, first, options.End, zone.Id, writer.Finish(), injected);
    }

    private static ISampleDataWriter CreateWriter(SampleDataFormat format, string outDir, IdWidths ids, ReportingZone zone) => format switch
    {
        SampleDataFormat.Canonical => new CanonicalWriter(outDir, ids),
        SampleDataFormat.Zendesk => new ZendeskWriter(outDir, zone),
        SampleDataFormat.Freshdesk => new FreshdeskWriter(outDir, zone),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown sample data format"),
    };
}
