using System.Globalization;
using System.Text.Json;
using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Delivery;

namespace Analytics.Pipeline.Cli;

/// <summary>What <c>analytics alerts detect</c> prints: the verdicts (read-only), or the lifecycle's changes and mail (--notify).</summary>
public static class AlertsDetectOutput
{
    internal static void WriteChanges(
        IReadOnlyList<JudgedDay> days, DateOnly first, DateOnly last, Configuration.AnalyticsSettings settings, Sending? sent, TextWriter output)
    {
        var judged = days.Where(d => !d.AlreadyJudged).ToList();
        var changes = judged.Sum(d => d.Records.Count);
        var uncovered = judged.Count(d => d.Verdict.NotCovered);
        var notCovered = uncovered == 0 ? "" : $", {uncovered} not covered by the data";
        output.WriteLine(first == last
            ? $"{first:yyyy-MM-dd}: {changes} alert state change(s)"
            : $"{first:yyyy-MM-dd} to {last:yyyy-MM-dd}, judged day by day: {judged.Count - uncovered} day(s) judged{notCovered}, {changes} state change(s)");
        var again = days.Where(d => d.AlreadyJudged).ToList();
        if (again.Count > 0)
        {
            output.WriteLine(again.Count == 1
                ? $"  {again[0].Day:yyyy-MM-dd ddd}  already judged: nothing recorded or sent again"
                : $"  {again[0].Day:yyyy-MM-dd} to {again[^1].Day:yyyy-MM-dd}: {again.Count} day(s) already judged: nothing recorded or sent again");
        }
        foreach (var day in judged)
        {
            foreach (var record in day.Records)
            {
                var mail = record.Held is { } held ? $"not emailed: {held}"
                    : settings.Recipients.Alerts.Count == 0 ? "not emailed: no alert recipients are configured"
                    : "emailed";
                output.WriteLine($"  {day.Day:yyyy-MM-dd ddd}  {record.State.Text(),-12} {record.Why}  ({mail})");
            }
            foreach (var spike in AlertLifecycleRun.StillFiring(day))
            {
                output.WriteLine($"  {day.Day:yyyy-MM-dd ddd}  {"still firing",-12} {spike.Why}  (no change: not sent again while it stays firing)");
            }
            if (day.Verdict.NotCovered)
            {
                output.WriteLine($"  {day.Day:yyyy-MM-dd ddd}  {"not judged",-12} {WhySentence.NotCoveredReason}  (no change)");
            }
        }
        var quiet = judged.Count(d => d.Records.Count == 0 && !d.Verdict.NotCovered && !AlertLifecycleRun.StillFiring(d).Any());
        if (quiet > 0)
        {
            output.WriteLine($"  {quiet} day(s) without a change");
        }
        if (sent is null)
        {
            output.WriteLine(judged.Any(d => d.Notice is not null)
                ? "  Mail:   no alert recipients are configured (Recipients:Alerts): the changes are recorded, no email was sent"
                : "  Mail:   no alert recipients are configured (Recipients:Alerts)");
            return;
        }
        SendingOutput.Write(sent, $"{sent.Mails.Count(m => m.Added)} alert email(s) queued; ", m => $"{m.Key[..m.Key.LastIndexOf('/')]} to {m.Recipient}", output);
    }

    /// <summary>"not covered by the data (a source starts, stops or joins part-way through the day): not judged".</summary>
    private const string NotCovered = WhySentence.NotCoveredReason + ": not judged";

    /// <summary>
    /// With --notify: one object per recorded change (the spike fields, plus state, why, held, emailed). A day the
    /// data does not cover records nothing; it is named on <paramref name="error"/>, so that the JSON stays the changes.
    /// </summary>
    internal static void WriteChangesJson(IReadOnlyList<JudgedDay> days, Sending? sent, TextWriter output, TextWriter error)
    {
        var after = sent?.Mails.DistinctBy(m => m.Key).ToDictionary(m => m.Key, m => m.Entry) ?? [];
        NotCoveredNotes(days.Where(d => !d.AlreadyJudged).Select(d => d.Verdict), error);
        Output.WriteJson(output, json =>
        {
            json.WriteStartArray();
            foreach (var day in days.Where(d => !d.AlreadyJudged))
            {
                foreach (var record in day.Records)
                {
                    json.WriteStartObject();
                    WriteRecord(json, record);
                    var keys = record.Announced ? day.Mail.Select(m => m.Key).ToList() : [];
                    json.WriteNumber("emails_queued", keys.Count);
                    json.WriteNumber("emails_sent", keys.Count(k => after.TryGetValue(k, out var e) && e.Status == OutboxMessageStatus.Sent));
                    json.WriteEndObject();
                }
            }
            json.WriteEndArray();
        });
    }

    internal static void WriteRecord(Utf8JsonWriter json, AlertRecord record)
    {
        WriteFigures(json, record.Day, record.Category, record.Measure, record.State, record.Observed, record.Baseline, record.Ratio, record.Days, record.PValue,
            record.Severity, record.Why, record.Texts);
        json.WriteBoolean("silenced", record.Silenced);
        json.WriteString("held", record.Held);
    }

    /// <summary>
    /// The figures of a spike, a negative-share jump or an alert change, in the order both JSON outputs give them. For the
    /// negative share (measure "negative-share"), observed is the day's negative texts of <c>texts</c> and baseline the
    /// typical share (0 to 1).
    /// </summary>
    private static void WriteFigures(
        Utf8JsonWriter json, DateOnly day, string category, AlertMeasure measure, AlertState? state, int observed, double baseline, double ratio, int days,
        double pValue, int severity, string why, int? texts = null)
    {
        json.WriteString("date", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("category", category);
        json.WriteString("measure", measure.Text());
        if (state is { } changed)
        {
            json.WriteString("state", changed.Text());
        }
        if (texts is { } n)
        {
            json.WriteNumber("texts", n);
        }
        json.WriteNumber("observed", observed);
        json.WriteNumber("baseline", baseline);
        json.WriteNumber("ratio", ratio);
        json.WriteNumber("days", days);
        json.WriteNumber("p_value", pValue);
        json.WriteNumber("severity", severity);
        json.WriteString("why", why);
    }

    /// <summary>
    /// One object per spike: date, category, measure "volume", observed, baseline, ratio, p_value, severity, why, days.
    /// When the spike was found over the last 2 or 3 days together (days &gt; 1), observed and baseline are those days'
    /// sums. Then, for each day, one object per negative-share jump: measure "negative-share", texts, observed (the
    /// negative ones), baseline (the typical share, 0 to 1) and the rest alike. The days the data does not cover are
    /// named on <paramref name="error"/> ("note: ..."), so that the JSON stays one object per alert.
    /// </summary>
    internal static void WriteJson(IReadOnlyList<DayVerdict> days, TextWriter output, TextWriter error)
    {
        NotCoveredNotes(days, error);
        Output.WriteJson(output, json =>
        {
            json.WriteStartArray();
            foreach (var day in days)
            {
                foreach (var spike in day.Spikes)
                {
                    json.WriteStartObject();
                    WriteFigures(json, spike.Day, spike.Category, AlertMeasure.Volume, null, spike.WindowCount, spike.WindowTypical, spike.Ratio, spike.Days,
                        spike.PValue, spike.Severity, spike.Why);
                    json.WriteEndObject();
                }
                foreach (var share in day.ShareAlerts)
                {
                    json.WriteStartObject();
                    WriteFigures(json, share.Day, share.Category, AlertMeasure.NegativeShare, null, share.Today.Negative, share.Baseline.Share, share.Ratio, 1,
                        share.PValue, share.Severity, share.Why, share.Today.Texts);
                    json.WriteEndObject();
                }
            }
            json.WriteEndArray();
        });
    }

    private static void NotCoveredNotes(IEnumerable<DayVerdict> days, TextWriter error)
    {
        foreach (var day in days.Where(d => d.NotCovered))
        {
            error.WriteLine($"note: {day.Day:yyyy-MM-dd}: {NotCovered}");
        }
    }

    internal static void WriteTable(IReadOnlyList<DayVerdict> days, DateOnly first, DateOnly last, TextWriter output)
    {
        var spikes = days.SelectMany(d => d.Spikes).ToList();
        var shares = days.SelectMany(d => d.ShareAlerts).ToList();
        var gaps = days.Where(d => d.NotCovered).ToList();
        var lows = days.Where(d => d.Feed.IsLow).ToList();
        var notJudged = (shares.Count == 0 ? "" : $", {shares.Count} negative-share jump(s)")
            + (lows.Count == 0 ? "" : $", {lows.Count} low total(s)") + (gaps.Count == 0 ? "" : $", {gaps.Count} day(s) not covered by the data");
        output.WriteLine(first == last
            ? $"{first:yyyy-MM-dd}: {spikes.Count} spike(s){notJudged}"
            : $"{first:yyyy-MM-dd} to {last:yyyy-MM-dd}, replayed day by day: {spikes.Count} spike(s){notJudged}");
        foreach (var spike in spikes)
        {
            output.WriteLine($"  {spike.Day:yyyy-MM-dd ddd}  {spike.Why}  (p = {spike.PValue.ToString("0.0e0", CultureInfo.InvariantCulture)}, severity {spike.Severity})");
        }
        foreach (var share in shares)
        {
            output.WriteLine($"  {share.Day:yyyy-MM-dd ddd}  {share.Why}  ({AlertKey.NegativeShareLabel}: p = {share.PValue.ToString("0.0e0", CultureInfo.InvariantCulture)}, severity {share.Severity})");
        }
        foreach (var feed in days.Where(d => d.Feed.IsLow || d.Feed.InProgress))
        {
            output.WriteLine($"  {feed.Day:yyyy-MM-dd ddd}  {feed.Feed.Why}");
        }
        foreach (var gap in gaps)
        {
            output.WriteLine($"  {gap.Day:yyyy-MM-dd ddd}  {NotCovered}");
        }
        foreach (var warming in days.Where(d => d.CategoriesChecked == 0 && !d.NotCovered))
        {
            output.WriteLine($"  {warming.Day:yyyy-MM-dd ddd}  warming up: too little history for a verdict");
        }
    }
}
