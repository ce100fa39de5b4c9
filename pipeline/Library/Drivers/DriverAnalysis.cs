using Analytics.Pipeline.Alerts;

namespace Analytics.Pipeline.Drivers;

/// <summary>What the drivers explain (docs/voc.md, "Drivers").</summary>
public enum DriverTarget
{
    /// <summary>The satisfied share: CSAT answers in the top two boxes (csat_pct's definition), in percent.</summary>
    Csat,
    /// <summary>NPS: the mean of +1 (promoter), 0 (passive) and −1 (detractor) times 100 (the nps column's definition).</summary>
    Nps,
}

/// <summary>A ticket attribute whose levels may go with higher or lower satisfaction (docs/voc.md, "Drivers").</summary>
public enum DriverFactor
{
    Category,
    Channel,
    Priority,
    Team,
    /// <summary>The first response time's bucket (frt_buckets(): &lt;1 h … &gt;24 h), or no first response.</summary>
    FirstResponse,
    /// <summary>Reopened at least once, or not.</summary>
    Reopened,
    /// <summary>The latest solve in the business calendar's open hours, or outside them.</summary>
    SolvedInBusinessHours,
    /// <summary>The sentiment label of the ticket's text.</summary>
    TicketSentiment,
}

/// <summary>What a level's test says.</summary>
public enum DriverVerdict
{
    /// <summary>Its Benjamini–Hochberg adjusted p-value is at most <see cref="DriverAnalysis.FalseDiscoveryRate"/>.</summary>
    Significant,
    /// <summary>Tested, and the difference may be chance.</summary>
    NotSignificant,
    /// <summary>Fewer responses than the minimum in the level or in the rest: shown, not tested.</summary>
    TooFew,
}

/// <summary>
/// One survey response as the analysis sees it: its <paramref name="Outcome"/> (CSAT: 1 satisfied, 0 not; NPS: +1
/// promoter, 0 passive, −1 detractor) and the level of each factor its ticket has (a factor missing from
/// <paramref name="Levels"/> is unknown for it: the response is left out of that factor's comparisons).
/// </summary>
public sealed record DriverResponse(double Outcome, IReadOnlyDictionary<DriverFactor, string> Levels);

/// <summary>
/// What the statistics need of the responses with one <paramref name="Level"/> of a <paramref name="Factor"/>: how many
/// (<paramref name="N"/>), and the sum of their outcomes and of their squares.
/// </summary>
public sealed record DriverLevelCounts(DriverFactor Factor, string Level, int N, double Sum, double SumOfSquares);

/// <summary>
/// One level of a factor against the rest of the responses whose level of that factor is known: <paramref name="N"/>
/// responses with rate <paramref name="Rate"/> (CSAT in percent, NPS from −100 to 100), the rest's
/// <paramref name="RestN"/> and <paramref name="RestRate"/>, the <paramref name="Difference"/> Rate − RestRate in points
/// with its 95% confidence interval, the p-value and its Benjamini–Hochberg adjusted value (q); CI, p and q are null
/// for a level not tested (<see cref="DriverVerdict.TooFew"/>).
/// </summary>
public sealed record DriverLevel(
    DriverFactor Factor, string Level, int N, double Rate, int RestN, double? RestRate, double? Difference,
    double? CiLow, double? CiHigh, double? PValue, double? QValue, DriverVerdict Verdict);

/// <summary>
/// The drivers of a target over the responses of <paramref name="From"/>..<paramref name="To"/>: the
/// <paramref name="Responses"/> about a ticket (those about none, <paramref name="WithoutTicket"/>, have no factors and
/// are left out), their overall <paramref name="Rate"/>, every level (tested ones by the size of their difference, the
/// largest first, then those with too few responses), the minimum responses a test needs, and the factors no response
/// had a value for (solved in business hours without a business calendar).
/// </summary>
public sealed record DriversResult(
    DriverTarget Target, DateOnly From, DateOnly To, int Responses, int WithoutTicket, double? Rate,
    IReadOnlyList<DriverLevel> Levels, int MinResponses, IReadOnlyList<DriverFactor> FactorsWithoutValues)
{
    /// <summary>How many levels were tested: the m of the Benjamini–Hochberg adjustment.</summary>
    public int Tested => Levels.Count(l => l.Verdict != DriverVerdict.TooFew);
}

/// <summary>
/// The statistics of the drivers of satisfaction (docs/voc.md, "Drivers"), on responses already read: each level of
/// each factor against the rest of the responses that have a level of it.
/// <list type="bullet">
/// <item>CSAT: the two-proportion z-test, the standard error pooled for the test
/// (√(p(1−p)(1/n₁ + 1/n₂)), p the two groups' share together) and unpooled for the interval
/// (√(p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂)).</item>
/// <item>NPS: the difference of the means of +1/0/−1 with Welch's standard error √(s₁²/n₁ + s₂²/n₂) (sample
/// variances), for the test (normal, large samples) and the interval alike.</item>
/// <item>Interval: difference ± 1.96 standard errors; p-value two-sided from the normal
/// (<see cref="SpecialFunctions.NormalTwoSided"/>).</item>
/// <item>A level is tested when it and its rest each have at least the minimum of responses; the p-values of all
/// levels tested, of every factor, are adjusted together (Benjamini–Hochberg), and a level is significant when its
/// adjusted value is at most <see cref="FalseDiscoveryRate"/>.</item>
/// </list>
/// </summary>
public static class DriverAnalysis
{
    /// <summary>A level, and the rest it is compared with, need at least this many responses to be tested.</summary>
    public const int DefaultMinResponses = 30;

    /// <summary>The false discovery rate the Benjamini–Hochberg adjusted p-values are held to.</summary>
    public const double FalseDiscoveryRate = 0.05;

    public static DriversResult Analyse(
        DriverTarget target, DateOnly from, DateOnly to, IReadOnlyList<DriverResponse> responses, int withoutTicket,
        int minResponses = DefaultMinResponses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        var counts = Enum.GetValues<DriverFactor>()
            .SelectMany(factor => responses
                .Where(r => r.Levels.ContainsKey(factor))
                .GroupBy(r => r.Levels[factor], StringComparer.Ordinal)
                .Select(g => Summary.Of(g.Select(r => r.Outcome)).Of(factor, g.Key)))
            .ToList();
        var overall = Summary.Of(responses.Select(r => r.Outcome));
        return Analyse(target, from, to, counts, overall.N, overall.Sum, withoutTicket, minResponses);
    }

    /// <summary>The drivers from the sums per level (<paramref name="levels"/>, a level of a factor at most once).</summary>
    /// <param name="responses">How many responses about a ticket there are, of any level.</param>
    /// <param name="outcomes">The sum of their outcomes.</param>
    public static DriversResult Analyse(
        DriverTarget target, DateOnly from, DateOnly to, IReadOnlyList<DriverLevelCounts> levels, int responses, double outcomes,
        int withoutTicket, int minResponses = DefaultMinResponses)
    {
        ArgumentNullException.ThrowIfNull(levels);
        ArgumentOutOfRangeException.ThrowIfLessThan(minResponses, 2);
        var tested = new List<DriverLevel>();
        var withoutValues = new List<DriverFactor>();
        foreach (var factor in Enum.GetValues<DriverFactor>())
        {
            var known = levels.Where(l => l.Factor == factor).ToList();
            if (known.Count == 0)
            {
                withoutValues.Add(factor);
                continue;
            }
            var all = known.Aggregate(new Summary(0, 0, 0), (sum, l) => sum.With(Summary.From(l)));
            tested.AddRange(known.OrderBy(l => l.Level, StringComparer.Ordinal)
                .Select(l => Level(target, factor, l.Level, Summary.From(l), all, minResponses)));
        }
        var ordered = Adjusted(tested)
            .OrderBy(l => l.Verdict == DriverVerdict.TooFew)
            .ThenByDescending(l => l.Verdict == DriverVerdict.TooFew ? l.N : Math.Abs(l.Difference ?? 0))
            .ThenBy(l => l.QValue ?? 1)
            .ThenBy(l => l.Factor).ThenBy(l => l.Level, StringComparer.Ordinal)
            .ToList();
        return new DriversResult(target, from, to, responses, withoutTicket, responses > 0 ? 100 * outcomes / responses : null,
            ordered, minResponses, withoutValues);
    }

    /// <summary>
    /// The Benjamini–Hochberg adjusted p-values of <paramref name="pValues"/> (in their order): with the m values
    /// sorted ascending, q₍ᵢ₎ = min over j ≥ i of p₍ⱼ₎ · m / j, at most 1.
    /// </summary>
    public static double[] BenjaminiHochberg(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var m = pValues.Count;
        var order = Enumerable.Range(0, m).OrderBy(i => pValues[i]).ToArray();
        var q = new double[m];
        var running = 1.0;
        for (var rank = m; rank >= 1; rank--)
        {
            var i = order[rank - 1];
            running = Math.Min(running, pValues[i] * m / rank);
            q[i] = running;
        }
        return q;
    }

    private static DriverLevel Level(DriverTarget target, DriverFactor factor, string level, Summary group, Summary all, int minResponses)
    {
        var rest = all.Without(group);
        var rate = 100 * group.Mean;
        if (rest.N == 0)
        {
            return new DriverLevel(factor, level, group.N, rate, 0, null, null, null, null, null, null, DriverVerdict.TooFew);
        }
        var difference = group.Mean - rest.Mean;
        if (group.N < minResponses || rest.N < minResponses)
        {
            return new DriverLevel(factor, level, group.N, rate, rest.N, 100 * rest.Mean, 100 * difference, null, null, null, null, DriverVerdict.TooFew);
        }
        double testError, intervalError;
        if (target == DriverTarget.Csat)
        {
            var pooled = (group.Sum + rest.Sum) / (group.N + rest.N);
            testError = Math.Sqrt(pooled * (1 - pooled) * (1.0 / group.N + 1.0 / rest.N));
            intervalError = Math.Sqrt(group.Mean * (1 - group.Mean) / group.N + rest.Mean * (1 - rest.Mean) / rest.N);
        }
        else
        {
            testError = intervalError = Math.Sqrt(group.Variance / group.N + rest.Variance / rest.N);
        }
        // No spread at all: the groups differ for certain when their rates do, and not at all when they do not.
        var p = testError > 0 ? SpecialFunctions.NormalTwoSided(difference / testError) : difference == 0 ? 1 : 0;
        var margin = SpecialFunctions.Normal975 * intervalError;
        return new DriverLevel(factor, level, group.N, rate, rest.N, 100 * rest.Mean, 100 * difference,
            100 * (difference - margin), 100 * (difference + margin), p, null, DriverVerdict.NotSignificant);
    }

    private static List<DriverLevel> Adjusted(List<DriverLevel> levels)
    {
        var tested = Enumerable.Range(0, levels.Count).Where(i => levels[i].PValue is not null).ToList();
        var q = BenjaminiHochberg([.. tested.Select(i => levels[i].PValue!.Value)]);
        var adjusted = levels.ToList();
        for (var k = 0; k < tested.Count; k++)
        {
            var i = tested[k];
            adjusted[i] = adjusted[i] with { QValue = q[k], Verdict = q[k] <= FalseDiscoveryRate ? DriverVerdict.Significant : DriverVerdict.NotSignificant };
        }
        return adjusted;
    }

    /// <summary>Count, sum and sum of squares of outcomes: mean and sample variance, and the rest of a group by subtraction.</summary>
    private readonly record struct Summary(int N, double Sum, double SumOfSquares)
    {
        public double Mean => N > 0 ? Sum / N : 0;

        /// <summary>The sample variance (n − 1 in the denominator); 0 for fewer than two.</summary>
        public double Variance => N > 1 ? Math.Max(0, (SumOfSquares - Sum * Sum / N) / (N - 1)) : 0;

        public Summary Without(Summary part) => new(N - part.N, Sum - part.Sum, SumOfSquares - part.SumOfSquares);

        public Summary With(Summary part) => new(N + part.N, Sum + part.Sum, SumOfSquares + part.SumOfSquares);

        public DriverLevelCounts Of(DriverFactor factor, string level) => new(factor, level, N, Sum, SumOfSquares);

        public static Summary From(DriverLevelCounts level) => new(level.N, level.Sum, level.SumOfSquares);

        public static Summary Of(IEnumerable<double> outcomes)
        {
            int n = 0;
            double sum = 0, squares = 0;
            foreach (var x in outcomes)
            {
                n++;
                sum += x;
                squares += x * x;
            }
            return new Summary(n, sum, squares);
        }
    }
}
