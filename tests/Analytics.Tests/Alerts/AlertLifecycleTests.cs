using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Configuration;

namespace Analytics.Tests.Alerts;

/// <summary>
/// The lifecycle on hand-made day verdicts (docs/alerts.md, "Lifecycle"). Each test feeds days in order, as the
/// morning runs do: the states come from folding the rows recorded so far, as they would from the alerts table.
/// Severity by x / max(μ, 1): 1 below 2×, 2 from 2×, 3 from 3×.
/// </summary>
public sealed class AlertLifecycleTests
{
    // Tuesday 2026-10-20 and the days after it.
    private static readonly DateOnly D1 = new(2026, 10, 20);
    private static readonly DateOnly D2 = D1.AddDays(1);
    private static readonly DateOnly D3 = D1.AddDays(2);
    private static readonly DateOnly D4 = D1.AddDays(3);
    private static readonly DateOnly D5 = D1.AddDays(4);

    private readonly List<AlertRecord> _rows = [];
    private AlertSettings _settings = new();
    private readonly List<AlertSilence> _silences = [];

    /// <summary>A judged category: spiking when the count is at least 1.5× and 5 above a typical 12 (the gates, with a p that passes).</summary>
    private static CategoryVerdict Category(string category, DateOnly day, int count, double typical = 12)
    {
        var baseline = new Baseline(BaselineState.Ready, BaselineReference.SameWeekday, typical, typical, typical, [day.AddDays(-7)]) { Weekday = day.DayOfWeek };
        var ratio = count / Math.Max(typical, 1);
        var spike = ratio >= 1.5 && count - typical >= 5;
        return new CategoryVerdict(category, day, count, baseline, spike ? 1e-9 : 0.4, count - typical, ratio, spike,
            spike ? Severity.Of(ratio) : 0, WhySentence.Spike(category, count, baseline, ratio));
    }

    private static CategoryVerdict WarmingUp(string category, DateOnly day, int count) =>
        new(category, day, count, Baseline.WarmingUp, 1, 0, 0, false, 0, $"{category}: warming up, not enough history yet");

    /// <summary>
    /// A check of the total with a typical total of 100: stopped when <paramref name="stopped"/> (near zero),
    /// dropped when <paramref name="dropped"/> (improbably low, not near zero), else p 0.5.
    /// </summary>
    private static FeedVerdict Feed(DateOnly day, int total, bool stopped = false, bool dropped = false)
    {
        var baseline = new Baseline(BaselineState.Ready, BaselineReference.SameWeekday, 100, 100, 100, [day.AddDays(-7)]) { Weekday = day.DayOfWeek };
        var ratio = total / 100.0;
        var why = stopped ? WhySentence.FeedStopped(total, baseline)
            : dropped ? WhySentence.VolumeDropped(total, baseline, ratio)
            : WhySentence.Total(total, baseline, ratio);
        return new(day, total, baseline, stopped || dropped ? 1e-6 : 0.5, stopped, why) { Dropped = dropped, PGate = 0.0025, Ratio = ratio };
    }

    /// <summary>A day the data does not fully cover: nothing on it is judged.</summary>
    private static DayVerdict NotCoveredDay(DateOnly day, params (string Category, int Count)[] counts) =>
        new(day, 0,
            [.. counts.Select(c => new CategoryVerdict(c.Category, day, c.Count, Baseline.NotCovered, 1, 0, 0, false, 0, WhySentence.NotCovered(c.Category)))],
            new FeedVerdict(day, counts.Sum(c => c.Count), Baseline.NotCovered, 1, false, WhySentence.NotCovered(WhySentence.AllCategories)));

    private static FeedVerdict QuietFeed(DateOnly day) => new(day, 0, Baseline.WarmingUp, 1, false, "All categories: warming up");

    private LifecycleStep Judge(DateOnly day, params CategoryVerdict[] categories) => Judge(day, QuietFeed(day), categories);

    private LifecycleStep Judge(DateOnly day, FeedVerdict feed, params CategoryVerdict[] categories)
    {
        var verdict = new DayVerdict(day, categories.Count(c => c.HasVerdict), categories, feed);
        var step = AlertLifecycle.Judge(AlertLifecycle.Fold(_rows), verdict, _silences, _settings);
        _rows.AddRange(step.Records);
        return step;
    }

    [Fact]
    public void A_spike_on_a_quiet_category_fires_and_is_announced()
    {
        // 42 against a typical 12: 3.5× → severity 3.
        var step = Judge(D1, Category("Payments", D1, 42), Category("Returns", D1, 11));

        var row = Assert.Single(step.Records);
        Assert.Equal(("Payments", AlertState.Firing, 3, 42, true, false), (row.Category, row.State, row.Severity, row.Observed, row.Announced, row.Silenced));
        var change = Assert.Single(step.Notice!.Changes);
        Assert.Equal((AlertState.Firing, "Payments: 42 tickets today, typical Tuesday 12 (3.5×)"), (change.State, change.Why));
        Assert.Equal(D1, step.Notice.Day);
    }

    [Fact]
    public void A_category_still_firing_at_the_same_or_a_lower_level_is_not_sent_again()
    {
        Judge(D1, Category("Payments", D1, 42)); // 3.5×, severity 3
        var same = Judge(D2, Category("Payments", D2, 40)); // 3.3×, severity 3 again
        var lower = Judge(D3, Category("Payments", D3, 30)); // 2.5×, severity 2: still a spike, lower level

        Assert.Empty(same.Records);
        Assert.Null(same.Notice);
        Assert.Empty(lower.Records);
        Assert.Null(lower.Notice);
        Assert.True(AlertLifecycle.Fold(_rows)[AlertKey.Volume("Payments")].Firing);
    }

    [Fact]
    public void A_rise_of_a_severity_level_while_firing_is_announced_as_escalated_once()
    {
        var fire = Judge(D1, Category("Payments", D1, 20)); // 20/12 = 1.67×: severity 1
        var rise = Judge(D2, Category("Payments", D2, 26)); // 26/12 = 2.17×: severity 2, above the 1 announced
        var hold = Judge(D3, Category("Payments", D3, 25)); // 2.08×: severity 2, already announced
        var top = Judge(D4, Category("Payments", D4, 37)); // 3.08×: severity 3

        Assert.Equal(1, Assert.Single(fire.Records).Severity);
        var escalated = Assert.Single(rise.Notice!.Changes);
        Assert.Equal((AlertState.Escalated, 2), (escalated.State, escalated.Severity));
        Assert.Equal(AlertState.Escalated, Assert.Single(rise.Records).State);
        Assert.Empty(hold.Records);
        Assert.Equal((AlertState.Escalated, 3), Assert.Single(top.Notice!.Changes) is var c ? (c.State, c.Severity) : default);
    }

    [Fact]
    public void A_full_judged_day_under_the_thresholds_resolves_and_is_announced()
    {
        Judge(D1, Category("Payments", D1, 42));
        // 14 against 12: 1.17×, under MinRatio 1.5 and only 2 above: no spike.
        var step = Judge(D2, Category("Payments", D2, 14));

        var row = Assert.Single(step.Records);
        Assert.Equal((AlertState.Resolved, 0, true), (row.State, row.Severity, row.Announced));
        // The helper's quiet day has p 0.4: all three gates fail.
        Assert.Equal("Payments: 14 tickets today, typical Wednesday 12 (1.2×): no longer improbable (p = 0.4), less than 5 above typical and under 1.5× typical", row.Why);
        Assert.Equal(AlertState.Resolved, Assert.Single(step.Notice!.Changes).State);
        Assert.False(AlertLifecycle.Fold(_rows)[AlertKey.Volume("Payments")].Firing);
        // A quiet day after that changes nothing.
        Assert.Empty(Judge(D3, Category("Payments", D3, 12)).Records);
    }

    [Fact]
    public void Firing_again_within_the_cooldown_is_recorded_but_not_sent_unless_the_severity_rises()
    {
        _settings = new AlertSettings { CooldownHours = 72 };
        Judge(D1, Category("Payments", D1, 42)); // severity 3, announced
        Judge(D2, Category("Payments", D2, 12)); // resolved, announced: the last alert is now D2
        // D3 is 24 h after D2's alert, under 72 h, and severity 3 is not above the 3 last announced: held.
        var again = Judge(D3, Category("Payments", D3, 40));
        // D4: 48 h, still under 72 h and still spiking at 3: nothing new to record.
        var still = Judge(D4, Category("Payments", D4, 41));
        // D5: 72 h after D2, not under 72 h: the cooldown is over, the episode is announced now.
        var late = Judge(D5, Category("Payments", D5, 39));

        var held = Assert.Single(again.Records);
        Assert.Equal((AlertState.Firing, false, false), (held.State, held.Announced, held.Silenced));
        Assert.StartsWith("cooldown: last alert 24 h earlier (2026-10-21)", held.Held, StringComparison.Ordinal);
        Assert.Null(again.Notice);
        Assert.Empty(still.Records);
        Assert.Equal(AlertState.Firing, Assert.Single(late.Notice!.Changes).State);
    }

    [Fact]
    public void Firing_again_within_the_cooldown_at_a_higher_severity_is_sent()
    {
        _settings = new AlertSettings { CooldownHours = 72 };
        Judge(D1, Category("Payments", D1, 20)); // 1.67×: severity 1, announced
        Judge(D2, Category("Payments", D2, 12)); // resolved
        var step = Judge(D3, Category("Payments", D3, 30)); // 2.5×: severity 2 > 1, within 24 h of D2

        Assert.Equal((AlertState.Firing, 2), Assert.Single(step.Notice!.Changes) is var c ? (c.State, c.Severity) : default);
    }

    [Fact]
    public void With_the_default_24_hour_cooldown_a_fire_two_days_later_is_sent()
    {
        Judge(D1, Category("Payments", D1, 42));
        Judge(D2, Category("Payments", D2, 12)); // resolved on D2
        // D3 is 24 h after D2's alert: not under 24 h.
        var step = Judge(D3, Category("Payments", D3, 42));

        Assert.True(Assert.Single(step.Records).Announced);
        Assert.NotNull(step.Notice);
    }

    [Fact]
    public void The_end_of_an_episode_that_was_never_sent_is_recorded_without_email()
    {
        _settings = new AlertSettings { CooldownHours = 72 };
        Judge(D1, Category("Payments", D1, 42));
        Judge(D2, Category("Payments", D2, 12));
        Judge(D3, Category("Payments", D3, 40)); // held by the cooldown
        var step = Judge(D4, Category("Payments", D4, 12));

        var row = Assert.Single(step.Records);
        Assert.Equal((AlertState.Resolved, false), (row.State, row.Announced));
        Assert.Equal("its firing was not sent, so neither is its end", row.Held);
        Assert.Null(step.Notice);
    }

    [Fact]
    public void A_silenced_category_is_recorded_without_email_through_the_until_day_and_announced_after()
    {
        _silences.Add(new AlertSilence(1, "Payments", D2, "known outage"));
        var first = Judge(D1, Category("Payments", D1, 42), Category("Returns", D1, 30));
        var onUntil = Judge(D2, Category("Payments", D2, 42)); // D2 is the silence's last day: still muted
        var after = Judge(D3, Category("Payments", D3, 42)); // D3: the silence is over, still spiking

        Assert.Equal(2, first.Records.Count);
        var payments = first.Records.Single(r => r.Category == "Payments");
        Assert.Equal((true, false), (payments.Silenced, payments.Announced));
        Assert.Equal("silenced (Payments) through 2026-10-21: known outage", payments.Held);
        // Returns (30/12 = 2.5×) is not muted by the Payments silence: the notice carries it alone.
        Assert.Equal(["Returns"], first.Notice!.Changes.Select(c => c.Category));
        Assert.Empty(onUntil.Records);
        var announced = Assert.Single(after.Records);
        Assert.Equal((AlertState.Firing, true, false), (announced.State, announced.Announced, announced.Silenced));
        Assert.Equal(AlertState.Firing, Assert.Single(after.Notice!.Changes).State);
    }

    [Fact]
    public void An_escalation_during_a_silence_is_recorded_once_and_announced_when_the_silence_is_over()
    {
        Judge(D1, Category("Payments", D1, 20)); // 1.67×: severity 1, announced
        _silences.Add(new AlertSilence(1, "Payments", D3, null));
        var muted = Judge(D2, Category("Payments", D2, 26)); // 2.17×: severity 2, muted
        var mutedAgain = Judge(D3, Category("Payments", D3, 27)); // 2.25×: severity 2, already recorded
        var after = Judge(D4, Category("Payments", D4, 26)); // silence over; recipients last heard severity 1

        var row = Assert.Single(muted.Records);
        Assert.Equal((AlertState.Escalated, 2, true, false), (row.State, row.Severity, row.Silenced, row.Announced));
        Assert.Null(muted.Notice);
        Assert.Empty(mutedAgain.Records);
        Assert.Equal((AlertState.Escalated, 2), Assert.Single(after.Notice!.Changes) is var c ? (c.State, c.Severity) : default);
        // Announced once: the day after, at the same level, nothing.
        Assert.Empty(Judge(D5, Category("Payments", D5, 26)).Records);
    }

    [Fact]
    public void A_silence_of_all_mutes_every_category_and_the_feed_and_its_resolve_too()
    {
        Judge(D1, Category("Payments", D1, 42)); // announced before the silence
        _silences.Add(new AlertSilence(1, null, D3, null));
        var step = Judge(D2, Feed(D2, 3, stopped: true), Category("Payments", D2, 12), Category("Returns", D2, 40));

        Assert.Equal(
            [("Payments", AlertState.Resolved), ("Returns", AlertState.Firing), (DayTotal.Category, AlertState.FeedStopped)],
            step.Records.Select(r => (r.Category, r.State)));
        Assert.All(step.Records, r => Assert.Equal(("silenced (all categories) through 2026-10-22", true), (r.Held, r.Silenced)));
        Assert.Null(step.Notice);
    }

    [Fact]
    public void A_stopped_feed_is_announced_and_its_return_resolves_it()
    {
        // 3 tickets against a typical 100 over all categories.
        var stopped = Judge(D1, Feed(D1, 3, stopped: true), Category("Payments", D1, 1));
        var same = Judge(D2, Feed(D2, 0, stopped: true), Category("Payments", D2, 0));
        var back = Judge(D3, Feed(D3, 97), Category("Payments", D3, 12));

        var row = Assert.Single(stopped.Records);
        Assert.Equal((DayTotal.Category, AlertState.FeedStopped, 3, Severity.Critical), (row.Category, row.State, row.Observed, row.Severity));
        Assert.Equal(AlertState.FeedStopped, Assert.Single(stopped.Notice!.Changes).State);
        Assert.Empty(same.Records);
        var resolved = Assert.Single(back.Records);
        // The total's one gate, the lower tail, is what no longer holds (D3 is a Thursday).
        Assert.Equal((AlertState.Resolved, "All categories: 97 tickets today, typical Thursday 100 (0.97×): the ticket feed is back, no longer improbably low (p = 0.5)"),
            (resolved.State, resolved.Why));
    }

    [Fact]
    public void A_volume_drop_is_its_own_state_never_worded_as_a_stopped_feed()
    {
        // 46 against a typical 100: improbably low, not near zero.
        var drop = Judge(D1, Feed(D1, 46, dropped: true));
        var same = Judge(D2, Feed(D2, 50, dropped: true));
        var back = Judge(D3, Feed(D3, 97));

        var row = Assert.Single(drop.Records);
        Assert.Equal((DayTotal.Category, AlertState.VolumeDrop, Severity.Minor), (row.Category, row.State, row.Severity));
        Assert.Equal("All categories: 46 tickets today, typical Tuesday 100 (0.46×); volume dropped: a holiday, or an outage on the customers' side?", row.Why);
        Assert.Equal(AlertState.VolumeDrop, Assert.Single(drop.Notice!.Changes).State);
        Assert.Empty(same.Records);
        Assert.Equal("All categories: 97 tickets today, typical Thursday 100 (0.97×): volume is back, no longer improbably low (p = 0.5)",
            Assert.Single(back.Records).Why);
    }

    [Fact]
    public void A_stopped_feed_that_comes_back_at_a_low_volume_becomes_a_drop_and_a_drop_that_falls_to_nothing_a_stopped_feed()
    {
        Judge(D1, Feed(D1, 0, stopped: true));
        var trickle = Judge(D2, Feed(D2, 40, dropped: true));
        var stopsAgain = Judge(D3, Feed(D3, 2, stopped: true));

        Assert.Equal((AlertState.VolumeDrop, true), Assert.Single(trickle.Records) is var a ? (a.State, a.Announced) : default);
        Assert.Equal((AlertState.FeedStopped, true), Assert.Single(stopsAgain.Records) is var b ? (b.State, b.Announced) : default);
        Assert.True(AlertLifecycle.Fold(_rows)[AlertKey.Volume(DayTotal.Category)].Firing);
    }

    [Fact]
    public void A_day_not_covered_by_the_data_changes_nothing_like_a_warming_up_one()
    {
        Judge(D1, Feed(D1, 0, stopped: true), Category("Payments", D1, 42));
        // The next day the data covers only in part: its handful of tickets neither resolves the spike nor says
        // anything of the feed.
        var partial = AlertLifecycle.Judge(AlertLifecycle.Fold(_rows), NotCoveredDay(D2, ("Payments", 3)), _silences, _settings);

        Assert.Empty(partial.Records);
        Assert.Null(partial.Notice);
        var states = AlertLifecycle.Fold(_rows);
        Assert.True(states[AlertKey.Volume("Payments")].Firing);
        Assert.True(states[AlertKey.Volume(DayTotal.Category)].Firing);
    }

    /// <summary>
    /// A verdict on Wednesday D2 by the detector's own gates, K = 1 (p gate 0.01 / (3 · 1 + 1) = 0.0025), against a
    /// typical count known exactly (Poisson, no widening).
    /// </summary>
    private static CategoryVerdict Judged(int count, double typical)
    {
        var baseline = new Baseline(BaselineState.Ready, BaselineReference.SameWeekday, typical, typical, typical, [D2.AddDays(-7)]) { Weekday = D2.DayOfWeek };
        return new SpikeDetector(new AlertSettings()).Category("Payments", D2, count, baseline, 1);
    }

    [Fact]
    public void A_resolve_names_exactly_the_gates_the_day_no_longer_passes()
    {
        // Only p: 20 against 12, 8 above (>= 5) and 1.67× (>= 1.5), but P(X >= 20 | Poisson 12)
        // = 1 - Σ_{k<20} e^-12 12^k / k! = 0.0213 >= 0.0025.
        Assert.Equal("Payments: 20 tickets today, typical Wednesday 12 (1.7×): no longer improbable (p = 0.02)", ResolveWith(Judged(20, 12)));
        // Only the excess: 5 against 0.5, P(X >= 5 | 0.5) = 1.7e-4 < 0.0025 and 5 / max(0.5, 1) = 5×, but 4.5 above.
        Assert.Equal("Payments: 5 tickets today, typical Wednesday 0.5 (5.0×): less than 5 above typical", ResolveWith(Judged(5, 0.5)));
        // p and the ratio: 27 against 20, 7 above (>= 5), but 1.35× and P(X >= 27 | 20) = 0.0779.
        Assert.Equal("Payments: 27 tickets today, typical Wednesday 20 (1.4×): no longer improbable (p = 0.08) and under 1.5× typical", ResolveWith(Judged(27, 20)));
    }

    /// <summary>The why of the resolve that <paramref name="quiet"/> makes of a Payments spike announced the day before.</summary>
    private string ResolveWith(CategoryVerdict quiet)
    {
        _rows.Clear();
        Judge(D1, Category("Payments", D1, 42));
        Assert.False(quiet.IsSpike);
        var row = Assert.Single(Judge(D2, quiet).Records);
        Assert.Equal(AlertState.Resolved, row.State);
        return row.Why;
    }

    [Fact]
    public void Warming_up_days_change_nothing_even_with_a_large_count()
    {
        var step = Judge(D1, WarmingUp("Payments", D1, 500));

        Assert.Empty(step.Records);
        Assert.Null(step.Notice);
        // A firing category with no verdict on a day stays firing: only a judged day can resolve it.
        Judge(D2, Category("Payments", D2, 42));
        Assert.Empty(Judge(D3, WarmingUp("Payments", D3, 0)).Records);
        Assert.True(AlertLifecycle.Fold(_rows)[AlertKey.Volume("Payments")].Firing);
    }

    [Fact]
    public void Two_categories_firing_on_one_day_make_one_notice()
    {
        var step = Judge(D1, Category("Payments", D1, 42), Category("Login & Access", D1, 30));

        Assert.Equal(["Login & Access", "Payments"], step.Notice!.Changes.Select(c => c.Category));
    }

    [Fact]
    public void The_same_day_judged_from_the_same_state_gives_the_same_rows_and_run_key()
    {
        var states = AlertLifecycle.Fold([]);
        var day = new DayVerdict(D1, 2, [Category("Payments", D1, 42), Category("Returns", D1, 30)], QuietFeed(D1));

        var first = AlertLifecycle.Judge(states, day, [], _settings);
        var second = AlertLifecycle.Judge(states, day, [], _settings);

        Assert.Equal(first.Records, second.Records);
        Assert.Equal(first.Notice!.RunKey, second.Notice!.RunKey);
        // Other changes, another key: Payments alone.
        var alone = AlertLifecycle.Judge(states, day with { Categories = [Category("Payments", D1, 42)] }, [], _settings);
        Assert.NotEqual(first.Notice.RunKey, alone.Notice!.RunKey);
    }
}
