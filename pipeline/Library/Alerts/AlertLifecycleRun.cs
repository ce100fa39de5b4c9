using Analytics.Pipeline.Configuration;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Alerts;

/// <summary>What the lifecycle did with one day.</summary>
/// <param name="AlreadyJudged">The day was judged before (or an earlier run went past it): nothing recorded.</param>
/// <param name="Mail">Each recipient's outbox key, and whether it was added now.</param>
public sealed record JudgedDay(
    DayVerdict Verdict,
    bool AlreadyJudged,
    IReadOnlyList<AlertRecord> Records,
    AlertNotice? Notice,
    IReadOnlyList<(string Recipient, string Key, bool Added)> Mail)
{
    public DateOnly Day => Verdict.Day;
}

/// <summary>
/// Detection with the lifecycle, as each morning's run: the days of the range are judged in order, each once
/// (a day up to the latest judged one is left alone, so a re-run records and sends nothing new); each day's
/// changes are recorded, and its announced changes put in the outbox as one grouped email per alert
/// recipient (by the <see cref="IAlertNotifier"/> given), in one transaction with the rows. Delivery is a separate outbox pass.
/// </summary>
public static class AlertLifecycleRun
{
    public static IReadOnlyList<JudgedDay> Process(
        DuckDBConnection db, AnalyticsSettings settings, IAlertNotifier notifier, DateOnly from, DateOnly to, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(notifier);
        // The daily counts are read once: the replay judges them and each notice's chart shows them. The texts' tones
        // likewise, for the negative share.
        var counts = DailyCategoryCounts.Read(db, to);
        var verdicts = SpikeHistory.Replay(counts, settings.Alerts, from, to, SpikeHistory.LocalToday(db, now), DailyTextTones.Read(db, to));
        // Read once: the days are judged in order, and each day's rows are folded into the states as they are recorded.
        var last = AlertLifecycleStore.LastJudgedDay(db);
        var states = AlertLifecycleStore.States(db);
        var silences = AlertLifecycleStore.Silences(db, from);
        var results = new List<JudgedDay>();
        foreach (var day in verdicts)
        {
            if (last is { } judged && day.Day <= judged)
            {
                results.Add(new JudgedDay(day, true, [], null, []));
                continue;
            }
            var step = AlertLifecycle.Judge(states, day, silences, settings.Alerts);
            using var transaction = db.BeginTransaction();
            var mail = step.Notice is { } notice ? notifier.Enqueue(db, notice, counts, now) : [];
            var notified = mail.Count > 0 ? now : (DateTimeOffset?)null;
            foreach (var record in step.Records)
            {
                var announced = record.Announced && step.Notice is not null;
                AlertLifecycleStore.Record(db, record, announced ? step.Notice!.RunKey : null, announced ? notified : null, now);
            }
            AlertLifecycleStore.RecordDay(db, day, step.Records.Count, now);
            transaction.Commit();
            foreach (var record in step.Records)
            {
                states[record.Key] = AlertLifecycle.Apply(states.GetValueOrDefault(record.Key) ?? CategoryAlertState.Ok(record.Key), record);
            }
            results.Add(new JudgedDay(day, false, step.Records, step.Notice, mail));
        }
        return results;
    }

    /// <summary>One line: "2026-10-20: Payments firing (severity 3); 1 email(s) queued" and the like.</summary>
    public static string Describe(JudgedDay day)
    {
        if (day.AlreadyJudged)
        {
            return $"{day.Day:yyyy-MM-dd}: already judged; nothing recorded or sent again";
        }
        var still = StillFiring(day).Select(s => s.Key.Label).ToList();
        var stillText = still.Count == 0 ? "" : $"; still firing, not sent again: {string.Join(", ", still)}";
        if (day.Records.Count == 0)
        {
            return day.Verdict.NotCovered ? $"{day.Day:yyyy-MM-dd}: {WhySentence.NotCoveredReason}: not judged, no change"
                : day.Verdict.CategoriesChecked == 0 && day.Verdict.Feed.Baseline.State != BaselineState.Ready
                ? $"{day.Day:yyyy-MM-dd}: warming up, no change"
                : $"{day.Day:yyyy-MM-dd}: no change{stillText}";
        }
        var changes = string.Join(", ", day.Records.Select(r =>
            $"{r.Key.Label} {r.State.Text()}" + (r.Severity > 0 ? $" (severity {r.Severity})" : "") + (r.Held is null ? "" : $" [not sent: {r.Held}]")));
        var mail = day.Notice is null ? "no email"
            : day.Mail.Count == 0 ? "no email: no alert recipients are configured (Recipients:Alerts)"
            : $"{day.Mail.Count(m => m.Added)} email(s) queued";
        return $"{day.Day:yyyy-MM-dd}: {changes}{stillText}; {mail}";
    }

    /// <summary>
    /// The day's spikes (and a stopped feed or a volume drop, and negative-share jumps) that changed nothing: their
    /// category was firing already in that measure at that level or above, or the total was known to be that low.
    /// </summary>
    public static IEnumerable<(AlertKey Key, string Why)> StillFiring(JudgedDay day)
    {
        if (day.AlreadyJudged)
        {
            return [];
        }
        var alarms = day.Verdict.Spikes.Select(s => (Key: AlertKey.Volume(s.Category), s.Why)).ToList();
        if (day.Verdict.Feed.IsLow)
        {
            alarms.Add((Key: AlertKey.Volume(DayTotal.Category), day.Verdict.Feed.Why));
        }
        alarms.AddRange(day.Verdict.ShareAlerts.Select(s => (Key: AlertKey.NegativeShare(s.Category), s.Why)));
        return alarms.Where(a => day.Records.All(r => r.Key != a.Key));
    }
}
