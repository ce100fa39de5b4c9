using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Configuration;

namespace Analytics.Tests.Alerts;

/// <summary>
/// A negative-share episode next to a volume episode of the same category (docs/alerts.md, "Negative share" and
/// "Lifecycle"): each measure has its own state, cooldown and rows; a silence of the category covers both; the run key
/// of volume changes is what it always was. Days are fed in order, the states folded from the rows so far.
/// </summary>
/// <remarks>
/// The share verdicts are the detector's own (<see cref="NegativeShareDetector.Category"/>, K = 1, p gate 0.01) against a
/// typical share of 12 % resting on 1000 texts (p0 = 0.12 given, ρ 0: deff of 40 texts = 1 + 40 / 1030). 18 of 40
/// negative (45 %, 3.75×, +33 points) is a jump of severity 3; 17 of 40 (42.5 %, 3.5×) still one; 5 of 40 (12.5 %,
/// 1.04×) none: p = P(X &gt;= 4.81 | 38.5 texts, 0.12) = 0.535, under 5 points, under 1.5×.
/// The volume verdicts: a typical 12 tickets, 42 a spike of severity 3 (3.5×), 14 none.
/// </remarks>
public sealed class NegativeShareLifecycleTests
{
    private static readonly DateOnly D1 = new(2026, 10, 20);
    private static readonly DateOnly D2 = D1.AddDays(1);
    private static readonly DateOnly D3 = D1.AddDays(2);

    private readonly List<AlertRecord> _rows = [];
    private readonly List<AlertSilence> _silences = [];
    private AlertSettings _settings = new();

    private static readonly ShareBaseline Typical = new(BaselineState.Ready, new TextTones(1000, 120), 0.12, 0.12, 56);

    private NegativeShareVerdict Share(DateOnly day, int negative, int texts = 40) =>
        new NegativeShareDetector(_settings).Category("Payments", day, new TextTones(texts, negative), Typical, 1);

    private static CategoryVerdict Volume(DateOnly day, int count, double typical = 12)
    {
        var baseline = new Baseline(BaselineState.Ready, BaselineReference.SameWeekday, typical, typical, typical, [day.AddDays(-7)]) { Weekday = day.DayOfWeek };
        return new SpikeDetector(new AlertSettings()).Category("Payments", day, count, baseline, 1);
    }

    private static FeedVerdict QuietFeed(DateOnly day) => new(day, 0, Baseline.WarmingUp, 1, false, "All categories: warming up");

    private LifecycleStep Judge(DateOnly day, CategoryVerdict? volume, params NegativeShareVerdict[] shares)
    {
        var verdict = new DayVerdict(day, volume is null ? 0 : 1, volume is null ? [] : [volume], QuietFeed(day)) { NegativeShares = shares };
        var step = AlertLifecycle.Judge(AlertLifecycle.Fold(_rows), verdict, _silences, _settings);
        _rows.AddRange(step.Records);
        return step;
    }

    [Fact]
    public void The_verdicts_of_the_fixture_are_what_the_remarks_say()
    {
        var jump = Share(D1, 18);
        Assert.Equal((true, Severity.Critical, "Payments: 18 of 40 texts negative today (45%), typical 12% (3.8×)"), (jump.IsAlert, jump.Severity, jump.Why));
        Assert.True(Share(D1, 17).IsAlert);
        var quiet = Share(D1, 5);
        Assert.False(quiet.IsAlert);
        Assert.Equal("Payments: 5 of 40 texts negative today (12.5%), typical 12% (1.0×): no longer improbable (p = 0.54), less than 5 points above typical and under 1.5× typical",
            WhySentence.NegativeShareResolved(quiet, _settings));
        Assert.True(Volume(D1, 42).IsSpike);
        Assert.False(Volume(D1, 14).IsSpike);
    }

    [Fact]
    public void A_category_spiking_in_volume_and_in_negative_share_has_two_episodes_that_begin_and_end_apart()
    {
        // D1: both fire, one notice. D2: the volume is back (resolved), the share still jumps (no row: still firing).
        // D3: the volume spikes again (a new episode, 48 h after its first alert and 24 h after its resolve), the share is back.
        var first = Judge(D1, Volume(D1, 42), Share(D1, 18));
        var second = Judge(D2, Volume(D2, 14), Share(D2, 17));
        var third = Judge(D3, Volume(D3, 42), Share(D3, 5));

        Assert.Equal(
            [(AlertMeasure.Volume, AlertState.Firing, 42, (int?)null), (AlertMeasure.NegativeShare, AlertState.Firing, 18, 40)],
            first.Records.Select(r => (r.Measure, r.State, r.Observed, r.Texts)));
        Assert.Equal(0.12, first.Records[1].Baseline);
        Assert.Equal(2, first.Notice!.Changes.Count);
        Assert.Equal([(AlertMeasure.Volume, AlertState.Resolved)], second.Records.Select(r => (r.Measure, r.State)));
        Assert.Equal(
            [(AlertMeasure.Volume, AlertState.Firing), (AlertMeasure.NegativeShare, AlertState.Resolved)],
            third.Records.Select(r => (r.Measure, r.State)));
        Assert.All(third.Records, r => Assert.True(r.Announced));
        Assert.StartsWith("Payments: 5 of 40 texts negative today (12.5%), typical 12% (1.0×): no longer improbable", third.Records[1].Why, StringComparison.Ordinal);

        var states = AlertLifecycle.Fold(_rows);
        Assert.Equal(2, states.Count);
        Assert.Equal((true, D3), (states[AlertKey.Volume("Payments")].Firing, states[AlertKey.Volume("Payments")].Since));
        Assert.Equal((false, D1), (states[AlertKey.NegativeShare("Payments")].Firing, states[AlertKey.NegativeShare("Payments")].Since));
        Assert.Equal(AlertMeasure.NegativeShare, states[AlertKey.NegativeShare("Payments")].Measure);
    }

    [Fact]
    public void The_still_firing_share_is_named_as_such_and_each_change_says_its_measure()
    {
        var first = Judge(D1, Volume(D1, 42), Share(D1, 18));
        var second = Judge(D2, Volume(D2, 14), Share(D2, 17));
        var day1 = new JudgedDay(new DayVerdict(D1, 1, [Volume(D1, 42)], QuietFeed(D1)) { NegativeShares = [Share(D1, 18)] }, false, first.Records, first.Notice, []);
        var day2 = new JudgedDay(new DayVerdict(D2, 1, [Volume(D2, 14)], QuietFeed(D2)) { NegativeShares = [Share(D2, 17)] }, false, second.Records, second.Notice, []);

        Assert.Equal("2026-10-20: Payments firing (severity 3), Payments (negative share) firing (severity 3); no email: no alert recipients are configured (Recipients:Alerts)",
            AlertLifecycleRun.Describe(day1));
        Assert.Equal([(AlertKey.NegativeShare("Payments"), "Payments: 17 of 40 texts negative today (42.5%), typical 12% (3.5×)")], AlertLifecycleRun.StillFiring(day2));
        Assert.Equal("2026-10-21: Payments resolved; still firing, not sent again: Payments (negative share); no email: no alert recipients are configured (Recipients:Alerts)",
            AlertLifecycleRun.Describe(day2));
    }

    [Fact]
    public void The_cooldown_of_one_measure_does_not_hold_back_the_other()
    {
        _settings = new AlertSettings { CooldownHours = 72 };
        Judge(D1, Volume(D1, 12), Share(D1, 18)); // the share fires, announced
        Judge(D2, Volume(D2, 12), Share(D2, 5)); // the share resolves, announced: its last alert is D2
        // D3: the volume fires for the first time (no alert of its own before: sent); the share fires again 24 h after its
        // resolve, under 72 h and not above severity 3: held.
        var third = Judge(D3, Volume(D3, 42), Share(D3, 18));

        var volume = third.Records.Single(r => r.Measure == AlertMeasure.Volume);
        var share = third.Records.Single(r => r.Measure == AlertMeasure.NegativeShare);
        Assert.Equal((AlertState.Firing, true), (volume.State, volume.Announced));
        Assert.Equal((AlertState.Firing, false), (share.State, share.Announced));
        Assert.StartsWith("cooldown: last alert 24 h earlier (2026-10-21)", share.Held, StringComparison.Ordinal);
        Assert.Equal([AlertMeasure.Volume], third.Notice!.Changes.Select(c => c.Measure));
    }

    [Fact]
    public void A_silence_of_the_category_covers_both_measures()
    {
        _silences.Add(new AlertSilence(1, "Payments", D1, "known outage"));

        var step = Judge(D1, Volume(D1, 42), Share(D1, 18));

        Assert.Equal(2, step.Records.Count);
        Assert.All(step.Records, r => Assert.Equal((true, "silenced (Payments) through 2026-10-20: known outage"), (r.Silenced, r.Held)));
        Assert.Null(step.Notice);
    }

    [Fact]
    public void A_share_without_a_verdict_changes_nothing_and_a_firing_share_stays_firing()
    {
        Judge(D1, null, Share(D1, 18));
        var notCovered = new NegativeShareVerdict("Payments", D2, new TextTones(3, 0), ShareBaseline.NotCovered, 1, 0, 0, false, 0, WhySentence.NotCovered("Payments"));
        var noTexts = new NegativeShareDetector(_settings).Category("Payments", D3, default, Typical, 1);

        Assert.Empty(Judge(D2, null, notCovered).Records);
        Assert.Empty(Judge(D3, null, noTexts).Records);
        Assert.False(noTexts.HasVerdict);
        Assert.True(AlertLifecycle.Fold(_rows)[AlertKey.NegativeShare("Payments")].Firing);
    }

    [Fact]
    public void The_run_key_of_volume_changes_is_unchanged_and_a_share_change_has_its_own()
    {
        // sha256 of the lines "Payments\tFiring\t3" and "Returns\tFiring\t2" (ordinal order, joined by \n), first 12 hex
        // digits, worked out apart from the program: the key the outboxes already hold for such a day.
        var returns = new SpikeDetector(new AlertSettings()).Category("Returns", D1, 30,
            new Baseline(BaselineState.Ready, BaselineReference.SameWeekday, 12, 12, 12, [D1.AddDays(-7)]) { Weekday = D1.DayOfWeek }, 1);
        var volumeOnly = AlertLifecycle.Judge(AlertLifecycle.Fold([]), new DayVerdict(D1, 2, [Volume(D1, 42), returns], QuietFeed(D1)), [], _settings);
        Assert.Equal(["Payments", "Returns"], volumeOnly.Notice!.Changes.Select(c => c.Category));
        Assert.Equal([3, 2], volumeOnly.Notice.Changes.Select(c => c.Severity));
        Assert.Equal("ce8bb97ca0a7", volumeOnly.Notice.RunKey);

        // Payments firing in both measures: the lines "Payments\tFiring\t3" and "Payments\tFiring\t3\tnegative-share".
        var both = Judge(D1, Volume(D1, 42), Share(D1, 18));
        Assert.Equal("1811f9d58064", both.Notice!.RunKey);
        // Payments' volume alone, as the demo's 2026-10-20: "a407661a0778".
        Assert.Equal("a407661a0778", AlertLifecycle.RunKey([both.Records[0]]));
    }
}
