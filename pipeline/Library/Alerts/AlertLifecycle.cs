using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Analytics.Pipeline.Configuration;

namespace Analytics.Pipeline.Alerts;

/// <summary>The checks on the day's total over all categories (a stopped feed, a volume drop; docs/alerts.md, "Stopped feed and volume drop").</summary>
public static class DayTotal
{
    /// <summary>The pseudo-category the total's alert rows carry.</summary>
    public const string Category = "(all categories)";

    /// <summary>What the total's firing state means, in a few words: "the ticket feed may have stopped" or "volume dropped".</summary>
    public static string Meaning(AlertState state) => state == AlertState.VolumeDrop ? "volume dropped" : "the ticket feed may have stopped";
}

/// <summary>
/// One row of the <c>alerts</c> table: a change of one category's alert state of one measure on one judged day, with
/// the verdict's figures (the one shape of "a spike with its figures" after detection; the status, the report and the
/// JSON output show projections of it). For the volume, <paramref name="Observed"/> and <paramref name="Baseline"/> are
/// the tickets and the typical count of the <paramref name="Days"/> days ending on <paramref name="Day"/> that were
/// judged together (1 for the day alone; 2 or 3 when the multi-day check found the spike). For the negative share
/// (docs/alerts.md, "Negative share"), <paramref name="Observed"/> is the day's negative texts of its
/// <paramref name="Texts"/> texts and <paramref name="Baseline"/> the typical share p0 (0 to 1). Announced rows are the
/// changes the alert email tells.
/// </summary>
public sealed record AlertRecord(
    string Category,
    DateOnly Day,
    AlertState State,
    int Observed,
    double Baseline,
    double Ratio,
    double PValue,
    int Severity,
    string Why,
    bool Silenced,
    string? Held,
    int Days = 1,
    AlertMeasure Measure = AlertMeasure.Volume,
    int? Texts = null)
{
    /// <summary>Meant for the alert email: not held back by a silence, the cooldown, or an unsent firing.</summary>
    public bool Announced => Held is null;

    /// <summary>Whose state the row changes: its category and measure.</summary>
    public AlertKey Key => new(Measure, Category);

    /// <summary>A category that began firing or rose a severity level: what the email shows with a chart and terms.</summary>
    public bool IsSpike => State is AlertState.Firing or AlertState.Escalated;

    public bool IsFiringState => State is AlertState.Firing or AlertState.Escalated or AlertState.FeedStopped or AlertState.VolumeDrop;
}

/// <summary>A mute: changes of <see cref="Category"/> (null: all, the stopped feed included) on days up to <see cref="Until"/> send no
/// email. A category's silence covers both its measures, its volume and its negative share.</summary>
public sealed record AlertSilence(long Id, string? Category, DateOnly Until, string? Reason)
{
    public bool Covers(string category, DateOnly day) => day <= Until && (Category is null || Category == category);

    public string Describe() =>
        $"silenced ({Category ?? "all categories"}) through {Until:yyyy-MM-dd}" + (string.IsNullOrWhiteSpace(Reason) ? "" : ": " + Reason);
}

/// <summary>
/// Where one category stands in one measure (<see cref="Measure"/>) after its recorded changes (folded from the
/// <c>alerts</c> rows, oldest first).
/// </summary>
/// <param name="Firing">In an episode: the last change was firing, escalated, feed-stopped or volume-drop.</param>
/// <param name="Since">The day the current (or last) episode began.</param>
/// <param name="RecordedSeverity">Highest severity recorded in the current episode.</param>
/// <param name="AnnouncedSeverity">Highest severity announced in the current episode (0: none).</param>
/// <param name="EpisodeAnnounced">Whether any firing of the current episode was announced.</param>
/// <param name="LastAnnouncedDay">The day of the category's last announced change of any kind.</param>
/// <param name="LastAnnouncedSeverity">The severity of its last announced firing or escalation.</param>
/// <param name="Last">The latest row.</param>
public sealed record CategoryAlertState(
    string Category,
    bool Firing,
    DateOnly? Since,
    int RecordedSeverity,
    int AnnouncedSeverity,
    bool EpisodeAnnounced,
    DateOnly? LastAnnouncedDay,
    int LastAnnouncedSeverity,
    AlertRecord? Last)
{
    /// <summary>What the state is of: the volume (default) or the negative share.</summary>
    public AlertMeasure Measure { get; init; }

    public AlertKey Key => new(Measure, Category);

    public static CategoryAlertState Ok(string category) => new(category, false, null, 0, 0, false, null, 0, null);

    public static CategoryAlertState Ok(AlertKey key) => Ok(key.Category) with { Measure = key.Measure };
}

/// <summary>What judging one day gives: the rows to record and the email to send (null: none).</summary>
public sealed record LifecycleStep(DateOnly Day, IReadOnlyList<AlertRecord> Records, AlertNotice? Notice);

/// <summary>
/// The alert lifecycle per category and measure (docs/alerts.md, "Lifecycle"): ok → firing → resolved, with escalation,
/// cooldown and silences; a category's volume and negative share each have their own state. Pure: the current states, one day's verdict, the silences and the settings in, the
/// changes to record and the one grouped notice out. Time is measured on the judged days' clock (a day's run
/// counts as happening on that day), so a replay of a range behaves as the morning runs did.
/// </summary>
public static class AlertLifecycle
{
    /// <summary>The states of all categories and measures with rows, from the rows oldest first.</summary>
    public static Dictionary<AlertKey, CategoryAlertState> Fold(IEnumerable<AlertRecord> rows)
    {
        var states = new Dictionary<AlertKey, CategoryAlertState>();
        foreach (var row in rows)
        {
            states[row.Key] = Apply(states.GetValueOrDefault(row.Key) ?? CategoryAlertState.Ok(row.Key), row);
        }
        return states;
    }

    /// <summary>The state after one more row.</summary>
    public static CategoryAlertState Apply(CategoryAlertState state, AlertRecord row)
    {
        if (row.State == AlertState.Resolved)
        {
            return state with
            {
                Firing = false,
                LastAnnouncedDay = row.Announced ? row.Day : state.LastAnnouncedDay,
                Last = row,
            };
        }
        var next = state.Firing
            ? state with { RecordedSeverity = Math.Max(state.RecordedSeverity, row.Severity) }
            : state with { Firing = true, Since = row.Day, RecordedSeverity = row.Severity, AnnouncedSeverity = 0, EpisodeAnnounced = false };
        if (row.Announced)
        {
            next = next with
            {
                AnnouncedSeverity = Math.Max(next.AnnouncedSeverity, row.Severity),
                EpisodeAnnounced = true,
                LastAnnouncedDay = row.Day,
                LastAnnouncedSeverity = row.Severity,
            };
        }
        return next with { Last = row };
    }

    /// <summary>
    /// Judges one day: for each category with a verdict (warming-up ones, and every category of a day the data does
    /// not cover, change nothing) and for the checks on the total, the change of state, whether it is announced, and
    /// the notice of all announced changes. Then the same for each category's negative share with a verdict, in its own
    /// state (rows after the volume's, so that a day without negative-share changes gives the rows it always gave).
    /// </summary>
    public static LifecycleStep Judge(
        IReadOnlyDictionary<AlertKey, CategoryAlertState> states,
        DayVerdict day,
        IReadOnlyList<AlertSilence> silences,
        AlertSettings settings)
    {
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(day);
        ArgumentNullException.ThrowIfNull(settings);
        var records = new List<AlertRecord>();
        foreach (var verdict in day.Categories.Where(c => c.HasVerdict).OrderBy(c => c.Category, StringComparer.Ordinal))
        {
            var reading = new Reading(verdict.Category, verdict.WindowCount, verdict.WindowTypical, verdict.Ratio, verdict.PValue,
                verdict.IsSpike, verdict.Severity, verdict.Why, AlertState.Firing, WhySentence.Resolved(verdict, settings), verdict.Days);
            if (Step(states.GetValueOrDefault(AlertKey.Volume(verdict.Category)) ?? CategoryAlertState.Ok(verdict.Category), day.Day, reading, silences, settings) is { } record)
            {
                records.Add(record);
            }
        }
        var feed = day.Feed;
        if (feed.Baseline.State == BaselineState.Ready)
        {
            var state = states.GetValueOrDefault(AlertKey.Volume(DayTotal.Category)) ?? CategoryAlertState.Ok(DayTotal.Category);
            var ratio = feed.Total / Math.Max(feed.Baseline.Median, 1);
            var reading = new Reading(DayTotal.Category, feed.Total, feed.Baseline.Median, ratio, feed.PValue,
                feed.IsLow, feed.Stopped ? FeedStoppedSeverity : VolumeDropSeverity, feed.Why,
                feed.Stopped ? AlertState.FeedStopped : AlertState.VolumeDrop,
                WhySentence.FeedBack(feed, state.Last?.State == AlertState.VolumeDrop));
            if (Step(state, day.Day, reading, silences, settings) is { } record)
            {
                records.Add(record);
            }
        }
        foreach (var share in day.NegativeShares.Where(s => s.HasVerdict).OrderBy(s => s.Category, StringComparer.Ordinal))
        {
            var key = AlertKey.NegativeShare(share.Category);
            var reading = new Reading(share.Category, share.Today.Negative, share.Baseline.Share, share.Ratio, share.PValue,
                share.IsAlert, share.Severity, share.Why, AlertState.Firing, WhySentence.NegativeShareResolved(share, settings))
            {
                Measure = AlertMeasure.NegativeShare,
                Texts = share.Today.Texts,
            };
            if (Step(states.GetValueOrDefault(key) ?? CategoryAlertState.Ok(key), day.Day, reading, silences, settings) is { } record)
            {
                records.Add(record);
            }
        }
        var announced = records.Where(r => r.Announced).ToList();
        return new LifecycleStep(day.Day, records, announced.Count == 0 ? null : new AlertNotice(day.Day, RunKey(announced), announced));
    }

    /// <summary>A stopped feed: nothing is coming in, the most urgent thing to look at.</summary>
    public const int FeedStoppedSeverity = Severity.Critical;

    /// <summary>A volume drop: most often a holiday; worth knowing, rarely urgent.</summary>
    public const int VolumeDropSeverity = Severity.Minor;

    /// <summary>
    /// Same changes, same key: the outbox sends a notice once however often its day is run. The state is hashed by its
    /// .NET name ("Firing"), not its text: keys already in outboxes depend on it, so it stays. A volume change's line is
    /// what it always was (category, state, severity); a negative-share change's line adds its measure, so that it never
    /// reads as the volume change of the same category.
    /// </summary>
    public static string RunKey(IReadOnlyList<AlertRecord> changes)
    {
        var text = string.Join('\n', changes
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Category}\t{c.State}\t{c.Severity}")
                + (c.Measure == AlertMeasure.Volume ? "" : "\t" + c.Measure.Text()))
            .Order(StringComparer.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
    }

    /// <summary>One category's (or the total's) figures on the judged day; <paramref name="Resolution"/> is what a
    /// resolve says (the gates the day no longer passes).</summary>
    private sealed record Reading(string Category, int Observed, double Baseline, double Ratio, double PValue, bool Alarm, int Severity, string Why,
        AlertState FiringState, string Resolution, int Days = 1)
    {
        public AlertMeasure Measure { get; init; }

        /// <summary>The day's texts of a negative-share reading (null for the volume).</summary>
        public int? Texts { get; init; }
    }

    private static AlertRecord? Step(CategoryAlertState state, DateOnly day, Reading reading, IReadOnlyList<AlertSilence> silences, AlertSettings settings)
    {
        var silence = silences.Where(s => s.Covers(reading.Category, day)).OrderByDescending(s => s.Until).FirstOrDefault();
        var silenced = silence is not null;
        AlertRecord Row(AlertState rowState, int severity, string why, string? held) =>
            new(reading.Category, day, rowState, reading.Observed, reading.Baseline, reading.Ratio, reading.PValue, severity, why, silenced, held, reading.Days,
                reading.Measure, reading.Texts);

        if (!reading.Alarm)
        {
            if (!state.Firing)
            {
                return null;
            }
            // A full judged day that is not a spike ends the episode. Recipients who never heard of it are not
            // told it is over.
            var held = silence?.Describe() ?? (state.EpisodeAnnounced ? null : "its firing was not sent, so neither is its end");
            return Row(AlertState.Resolved, 0, reading.Resolution, held);
        }

        var cooldown = Cooldown(state, day, reading.Severity, settings);
        if (!state.Firing)
        {
            return Row(reading.FiringState, reading.Severity, reading.Why, silence?.Describe() ?? cooldown);
        }
        if (reading.FiringState != AlertState.Firing && state.Last is { } last && last.State != reading.FiringState)
        {
            // The total's alarm changed kind: tickets came back but the volume is still low (a stopped feed became a
            // drop), or a drop went down to nothing. A new state, told unless silenced.
            return Row(reading.FiringState, reading.Severity, reading.Why, silence?.Describe());
        }
        if (!state.EpisodeAnnounced)
        {
            // Still spiking, never sent: announced on the first day it is held back no more (a silence ended,
            // the cooldown ran out, or the severity rose above the last alert's).
            if (silence is null && cooldown is null)
            {
                return Row(reading.FiringState, reading.Severity, reading.Why, null);
            }
            return reading.Severity > state.RecordedSeverity
                ? Row(AlertState.Escalated, reading.Severity, reading.Why, silence?.Describe() ?? cooldown)
                : null;
        }
        if (reading.Severity > state.AnnouncedSeverity && reading.Severity > (silenced ? state.RecordedSeverity : 0))
        {
            return Row(AlertState.Escalated, reading.Severity, reading.Why, silence?.Describe());
        }
        // Same or lower level while firing: nothing new to say (not re-sent while it stays firing).
        return null;
    }

    /// <summary>
    /// Why a new firing is held back by the cooldown (null: it is not): the category's last announced change
    /// was under CooldownHours before this day (whole days × 24 h on the judged days' clock) and the severity is
    /// not above that of its last announced alert.
    /// </summary>
    private static string? Cooldown(CategoryAlertState state, DateOnly day, int severity, AlertSettings settings)
    {
        if (state.LastAnnouncedDay is not { } last)
        {
            return null;
        }
        var hours = (day.DayNumber - last.DayNumber) * 24;
        return hours < settings.CooldownHours && severity <= state.LastAnnouncedSeverity
            ? string.Create(CultureInfo.InvariantCulture, $"cooldown: last alert {hours} h earlier ({last:yyyy-MM-dd}), under Alerts:CooldownHours {settings.CooldownHours}, and severity not higher")
            : null;
    }
}
