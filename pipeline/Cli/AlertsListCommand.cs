using System.CommandLine;
using System.Globalization;
using Analytics.Pipeline.Alerts;

namespace Analytics.Pipeline.Cli;

/// <summary><c>analytics alerts list [--format table|json] [--all]</c>: state per category and measure, silences in force, history.</summary>
public static class AlertsListCommand
{
    /// <summary>History rows <c>alerts list</c> shows unless <c>--all</c>.</summary>
    public const int HistoryShown = 20;

    public static Command Create()
    {
        var format = Output.FormatOption(OutputFormat.Table, OutputFormat.Table, OutputFormat.Json);
        var all = new Option<bool>("--all") { Description = $"Show the whole history of state changes (default: the latest {HistoryShown})" };
        var list = new Command("list", "Show the alert state per category, the silences in force and the history of state changes (newest first)") { format, all };
        list.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            using var session = context.OpenReadOnly();
            var db = session.Db;
            var today = Configuration.LocalDate.Today(session.Settings.Reporting.TimeZone);
            var exists = AlertLifecycleStore.Exists(db);
            var states = exists ? AlertLifecycleStore.States(db) : [];
            var silences = exists ? AlertLifecycleStore.Silences(db, today) : [];
            var judged = exists ? AlertLifecycleStore.LastJudgedDay(db) : null;
            var history = exists ? AlertLifecycleStore.History(db, parse.GetValue(all) ? long.MaxValue : HistoryShown + 1) : [];
            var total = exists ? AlertLifecycleStore.Count(db) : 0;
            var shown = parse.GetValue(all) ? history : [.. history.Take(HistoryShown)];
            if (Output.Format(parse, format) == OutputFormat.Json)
            {
                WriteListJson(judged, states, silences, today, shown, total, Console.Out);
            }
            else
            {
                WriteList(judged, states, silences, today, shown, total, Console.Out);
            }
            return ExitCodes.Success;
        });
        return list;
    }

    /// <summary>"firing" (for the total: "feed-stopped" or "volume-drop"), "resolved" or "silenced" (a silence covers
    /// today) and the day that state began.</summary>
    private static (string State, DateOnly Since) Current(CategoryAlertState state, IReadOnlyList<AlertSilence> silences, DateOnly today)
    {
        var last = state.Last!;
        var since = state.Firing ? state.Since!.Value : last.Day;
        if (silences.Any(s => s.Covers(state.Category, today)))
        {
            return ("silenced", since);
        }
        return ((state.Firing ? (state.Key == AlertKey.Volume(DayTotal.Category) ? FeedState(last) : AlertState.Firing) : AlertState.Resolved).Text(), since);
    }

    /// <summary>The total's firing state: a volume drop or, as before drops were told apart, a stopped feed.</summary>
    private static AlertState FeedState(AlertRecord last) => last.State == AlertState.VolumeDrop ? AlertState.VolumeDrop : AlertState.FeedStopped;

    private static void WriteList(
        DateOnly? judged, IReadOnlyDictionary<AlertKey, CategoryAlertState> states, IReadOnlyList<AlertSilence> silences, DateOnly today,
        IReadOnlyList<AlertHistoryRow> history, long total, TextWriter output)
    {
        output.WriteLine(judged is { } j ? $"Alerts judged through {j:yyyy-MM-dd}" : "No day judged yet: run 'analytics alerts detect --notify' (or analytics serve's detect job)");
        output.WriteLine("State per category");
        if (states.Count == 0)
        {
            output.WriteLine("  no alert so far");
        }
        foreach (var state in states.Values.OrderByDescending(s => s.Firing).ThenBy(s => s.Category, StringComparer.Ordinal).ThenBy(s => s.Measure))
        {
            var (current, since) = Current(state, silences, today);
            var last = state.Last!;
            // A negative-share state says so; a volume one reads as it always did.
            var detail = state.Measure == AlertMeasure.NegativeShare ? NegativeShareDetail(state)
                : state.Firing
                ? (state.Category == DayTotal.Category ? DayTotal.Meaning(FeedState(last)) + ", " : $"severity {state.RecordedSeverity}, ")
                  + $"{last.Observed} vs typical {last.Baseline:0.#} {Over(last)}on {last.Day:yyyy-MM-dd}{(state.EpisodeAnnounced ? "" : ", not emailed")}"
                : $"{last.Observed} vs typical {last.Baseline:0.#} {Over(last)}on {last.Day:yyyy-MM-dd}; last fired {state.Since:yyyy-MM-dd}";
            output.WriteLine($"  {state.Category,-20} {current,-12} since {since:yyyy-MM-dd}  ({detail})");
        }
        output.WriteLine("Silences in force");
        if (silences.Count == 0)
        {
            output.WriteLine("  none");
        }
        foreach (var silence in silences)
        {
            output.WriteLine($"  {silence.Category ?? "all categories"} through {silence.Until:yyyy-MM-dd}{(silence.Reason is null ? "" : ": " + silence.Reason)}");
        }
        output.WriteLine(history.Count < total
            ? $"History (newest first, latest {history.Count} of {total}; --all for every change)"
            : $"History (newest first, {total} change(s))");
        foreach (var row in history)
        {
            var r = row.Record;
            var mail = row.NotifiedAt is { } at ? $"emailed {at.UtcDateTime:yyyy-MM-dd HH:mm}Z"
                : r.Held is { } held ? $"not emailed: {held}"
                : "not emailed: no alert recipients were configured";
            output.WriteLine($"  {r.Day:yyyy-MM-dd ddd}  {r.State.Text(),-12} {r.Why}  ({mail})");
        }
    }

    private static void WriteListJson(
        DateOnly? judged, IReadOnlyDictionary<AlertKey, CategoryAlertState> states, IReadOnlyList<AlertSilence> silences, DateOnly today,
        IReadOnlyList<AlertHistoryRow> history, long total, TextWriter output)
    {
        static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Output.WriteJson(output, json =>
        {
            json.WriteStartObject();
            if (judged is { } j)
            {
                json.WriteString("judged_through", Day(j));
            }
            else
            {
                json.WriteNull("judged_through");
            }
            json.WriteStartArray("categories");
            foreach (var state in states.Values.OrderBy(s => s.Category, StringComparer.Ordinal).ThenBy(s => s.Measure))
            {
                var (current, since) = Current(state, silences, today);
                json.WriteStartObject();
                json.WriteString("category", state.Category);
                json.WriteString("measure", state.Measure.Text());
                json.WriteString("state", current);
                json.WriteBoolean("firing", state.Firing);
                json.WriteString("since", Day(since));
                json.WriteNumber("severity", state.Firing ? state.RecordedSeverity : 0);
                json.WriteString("last_change", Day(state.Last!.Day));
                if (state.Last.Texts is { } texts)
                {
                    json.WriteNumber("texts", texts);
                }
                json.WriteNumber("observed", state.Last.Observed);
                json.WriteNumber("baseline", state.Last.Baseline);
                json.WriteNumber("ratio", state.Last.Ratio);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("silences");
            foreach (var silence in silences)
            {
                json.WriteStartObject();
                json.WriteString("category", silence.Category);
                json.WriteString("until", Day(silence.Until));
                json.WriteString("reason", silence.Reason);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteNumber("history_total", total);
            json.WriteStartArray("history");
            foreach (var row in history)
            {
                json.WriteStartObject();
                AlertsDetectOutput.WriteRecord(json, row.Record);
                json.StringOrNull("notified_at", row.NotifiedAt);
                json.WriteString("recorded_at", row.RecordedAt);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>
    /// "negative share, severity 3, 18 of 40 texts negative (45%) vs typical 12% on 2026-10-20" while firing; resolved,
    /// "negative share, 5 of 40 texts negative (12.5%) vs typical 12% on 2026-10-21; last fired 2026-10-20".
    /// </summary>
    private static string NegativeShareDetail(CategoryAlertState state)
    {
        var last = state.Last!;
        var figures = $"{WhySentence.NegativeTexts(last.Observed, last.Texts ?? 0)} vs typical {WhySentence.Percent(last.Baseline)} on {last.Day:yyyy-MM-dd}";
        return state.Firing
            ? $"{AlertKey.NegativeShareLabel}, severity {state.RecordedSeverity}, {figures}{(state.EpisodeAnnounced ? "" : ", not emailed")}"
            : $"{AlertKey.NegativeShareLabel}, {figures}; last fired {state.Since:yyyy-MM-dd}";
    }

    /// <summary>"over 2 days ending " for a spike found by the multi-day check, else nothing.</summary>
    private static string Over(AlertRecord record) => record.Days > 1 ? $"over {record.Days} days ending " : "";
}
