namespace Analytics.Pipeline.SampleData;

internal enum Segment : byte { Smb, MidMarket, Enterprise }

internal enum Plan : byte { Basic, Pro, Enterprise }

/// <summary>
/// All customers, held in memory as parallel arrays (cheap even at millions) and ordered by sign-up,
/// so customer index i is C(i+1). Also counts each customer's tickets and bad experiences so that
/// NPS answers can follow them.
/// </summary>
internal sealed class CustomerBook
{
    // Segment shares and how many more tickets bigger customers file.
    private static readonly WeightTable<Segment> SegmentShares = new([(Segment.Smb, 0.70), (Segment.MidMarket, 0.22), (Segment.Enterprise, 0.08)]);
    private static readonly double[] TicketPropensity = [0.35, 0.6, 1.0];

    public required long[] Created { get; init; }
    public required long[] Churned { get; init; }   // long.MaxValue = still a customer
    public required Segment[] SegmentOf { get; init; }
    public required Plan[] PlanOf { get; init; }
    public required long[] MrrCents { get; init; }
    public int[] Tickets { get; private init; } = [];
    public int[] BadTickets { get; private init; } = [];

    public int Count => Created.Length;

    /// <summary>Customers signed up over the history before the period (most) and during it.</summary>
    public static CustomerBook Generate(int count, long startUtc, long nowUtc, SeededRandom rng)
    {
        var history = (long)(Knobs.CustomerHistoryYears * 365.25 * ReportingZone.Day);
        var before = (int)Math.Ceiling(count * Knobs.CustomersBeforeStartShare);
        var rows = new (long Created, long Churned, Segment Segment, Plan Plan, long Mrr)[count];
        for (var i = 0; i < count; i++)
        {
            // Before the period, sign-ups grow linearly towards its start (density ~ age of the business).
            var created = i < before
                ? startUtc - history + (long)(history * Math.Sqrt(rng.NextDouble())) - 1
                : startUtc + rng.NextLong(nowUtc - startUtc);
            var churnAt = created + (long)(rng.Exponential(1.0 / Knobs.MonthlyChurn) * Knobs.DaysPerMonth * ReportingZone.Day);
            var segment = SegmentShares.Pick(rng);
            var plan = PlanFor(segment, rng);
            rows[i] = (created, churnAt <= nowUtc ? Math.Max(churnAt, created + 3600) : long.MaxValue, segment, plan, MonthlyRevenueCents(plan, rng));
        }
        Array.Sort(rows, (a, b) => a.Created.CompareTo(b.Created));
        return new CustomerBook
        {
            Created = rows.Select(r => r.Created).ToArray(),
            Churned = rows.Select(r => r.Churned).ToArray(),
            SegmentOf = rows.Select(r => r.Segment).ToArray(),
            PlanOf = rows.Select(r => r.Plan).ToArray(),
            MrrCents = rows.Select(r => r.Mrr).ToArray(),
            Tickets = new int[count],
            BadTickets = new int[count],
        };
    }

    private static Plan PlanFor(Segment segment, SeededRandom rng)
    {
        var u = rng.NextDouble();
        return segment switch
        {
            Segment.Smb => u < 0.7 ? Plan.Basic : Plan.Pro,
            Segment.MidMarket => u < 0.15 ? Plan.Basic : u < 0.85 ? Plan.Pro : Plan.Enterprise,
            _ => u < 0.2 ? Plan.Pro : Plan.Enterprise,
        };
    }

    // Seat-based list prices with the odd negotiated discount: amounts like 245.00 or 4158.00.
    private static long MonthlyRevenueCents(Plan plan, SeededRandom rng)
    {
        var (pricePerSeat, minSeats, extraSeats) = plan switch
        {
            Plan.Basic => (19_00L, 1, 2.0),
            Plan.Pro => (49_00L, 3, 8.0),
            _ => (99_00L, 20, 60.0),
        };
        var seats = minSeats + rng.NegativeBinomial(extraSeats, 1.5);
        var discountPercent = rng.Chance(0.25) ? 5 * (1 + rng.Next(4)) : 0;
        return pricePerSeat * seats * (100 - discountPercent) / 100;
    }

    /// <summary>A customer who had signed up before <paramref name="at"/> (and, nearly always, not left yet).</summary>
    public int PickActive(long at, SeededRandom rng)
    {
        var eligible = CountCreatedBefore(at);
        if (eligible == 0)
        {
            throw new InvalidOperationException("no customer signed up before the first ticket");
        }
        var pick = rng.Next(eligible);
        for (var attempt = 0; attempt < 12; attempt++)
        {
            if (Churned[pick] > at && rng.Chance(TicketPropensity[(int)SegmentOf[pick]]))
            {
                break;
            }
            pick = rng.Next(eligible);
        }
        return pick;
    }

    public bool IsActive(int customer, long at) => Created[customer] < at && Churned[customer] > at;

    /// <summary>Customers with a sign-up strictly before <paramref name="at"/>.</summary>
    public int CountCreatedBefore(long at)
    {
        var i = Array.BinarySearch(Created, at);
        if (i < 0)
        {
            return ~i;
        }
        while (i > 0 && Created[i - 1] == at)
        {
            i--;
        }
        return i;
    }
}
