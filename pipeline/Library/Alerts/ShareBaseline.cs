namespace Analytics.Pipeline.Alerts;

/// <summary>
/// The typical negative share of one category on one day (docs/alerts.md, "Negative share"). Reference days: the days
/// of the previous <see cref="Baseline.Weeks"/> weeks with texts, leaving out the days the data does not cover and the
/// category's own past negative-share alert days.
/// <list type="number">
/// <item>Typical share p0: the category's texts and negative texts over its reference days, pooled with a weak prior
/// toward the share of all categories over the same days worth <see cref="PriorTexts"/> texts:
/// p0 = (Σk + W · p_all) / (Σn + W). A sparse category leans on the common share instead of on a handful of texts; a
/// busy one has its own.</item>
/// <item>Dispersion ρ: how much more the category's daily shares vary than a binomial would (texts of one day are
/// alike: one incident, one release), by the method of moments over its reference days with texts:
/// ρ = Σ((k_i - n_i p̂)² - n_i p̂(1 - p̂)) / Σ n_i(n_i - 1) p̂(1 - p̂) · D / (D - 1), p̂ = Σk / Σn; 0 when not
/// positive or with 8 days or fewer.</item>
/// </list>
/// Under <see cref="Baseline.MinHistoryDays"/> earlier days with texts, or under <see cref="MinReferenceTexts"/> texts of
/// the category in its reference, no verdict ("warming up").
/// </summary>
/// <param name="Reference">The category's texts and negative texts over its reference days.</param>
/// <param name="AllShare">p_all: the negative share of all categories' reference texts (each category's own alert days left out).</param>
/// <param name="Share">p0, the typical share the day is judged against (0 to 1).</param>
/// <param name="ReferenceDays">How many days the reference spans (days with texts, not covered and alert days left out).</param>
public sealed record ShareBaseline(BaselineState State, TextTones Reference, double AllShare, double Share, int ReferenceDays)
{
    /// <summary>W: how many texts' worth the all-category share weighs in a category's typical share.</summary>
    public const double PriorTexts = 30;

    /// <summary>A category needs at least this many texts in its reference days to be judged.</summary>
    public const int MinReferenceTexts = 20;

    /// <summary>ρ: the correlation of the texts of one day, 0 when the daily shares vary no more than a binomial's.</summary>
    public double Dispersion { get; init; }

    /// <summary>How many texts' worth of evidence p0 rests on (Σn + W); its uncertainty widens the model.</summary>
    public double Evidence => Reference.Texts + PriorTexts;

    public static ShareBaseline WarmingUp { get; } = new(BaselineState.WarmingUp, default, 0, 0, 0);

    public static ShareBaseline NotCovered { get; } = new(BaselineState.NotCovered, default, 0, 0, 0);

    public bool IsReady => State == BaselineState.Ready;

    /// <summary>
    /// How much wider than a binomial's the spread of a day of <paramref name="texts"/> texts is: the day's own extra
    /// variance (n - 1)ρ and the uncertainty of p0, n / (Σn + W): deff = 1 + (n - 1)ρ + n / (Σn + W). The day is
    /// scored as a binomial of n / deff texts, k / deff negative.
    /// </summary>
    public double DesignEffect(int texts) => 1 + Math.Max(texts - 1, 0) * Dispersion + texts / Evidence;

    /// <summary>
    /// The baseline of a category whose reference days hold <paramref name="days"/>, where all categories' references
    /// together hold <paramref name="all"/>: warming up under <see cref="MinReferenceTexts"/> texts, else p0 and ρ.
    /// </summary>
    public static ShareBaseline From(IReadOnlyList<TextTones> days, TextTones all)
    {
        ArgumentNullException.ThrowIfNull(days);
        var reference = days.Aggregate(default(TextTones), (sum, d) => sum + d);
        var allShare = all.Share;
        if (reference.Texts < MinReferenceTexts)
        {
            return WarmingUp with { Reference = reference, AllShare = allShare, ReferenceDays = days.Count };
        }
        var share = (reference.Negative + PriorTexts * allShare) / (reference.Texts + PriorTexts);
        return new ShareBaseline(BaselineState.Ready, reference, allShare, share, days.Count) { Dispersion = DispersionOf(days, reference.Share) };
    }

    /// <summary>ρ by the method of moments over the days with texts (docs/alerts.md, "Negative share"); 0 with 8 such days or fewer.</summary>
    public static double DispersionOf(IReadOnlyList<TextTones> days, double share)
    {
        ArgumentNullException.ThrowIfNull(days);
        var withTexts = days.Where(d => d.Texts > 0).ToList();
        var spread = share * (1 - share);
        if (withTexts.Count <= 8 || spread <= 0)
        {
            return 0;
        }
        double excess = 0, scale = 0;
        foreach (var day in withTexts)
        {
            var residual = day.Negative - day.Texts * share;
            excess += residual * residual - day.Texts * spread;
            scale += day.Texts * (day.Texts - 1.0) * spread;
        }
        return scale > 0 ? Math.Clamp(excess / scale * withTexts.Count / (withTexts.Count - 1), 0, 1) : 0;
    }
}
