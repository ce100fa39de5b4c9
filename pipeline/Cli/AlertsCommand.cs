using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Delivery;
using Analytics.Pipeline.Warehouse;

namespace Analytics.Pipeline.Cli;

/// <summary>
/// <c>analytics alerts detect [--date DATE | --from DATE --to DATE] [--notify] [--format table|json]</c>: category
/// spike detection for a day (default yesterday in the reporting time zone), or a range replayed day by day as
/// each morning's run would have seen it (no look-ahead). Without <c>--notify</c> it is read-only. With it, the
/// alert lifecycle runs: each day not judged before is judged in order, its state changes recorded in
/// <c>alerts</c>, its announced changes sent as one grouped email to Recipients.Alerts through the outbox.
/// <c>alerts list</c> shows the state per category, silences and history; <c>alerts silence</c> and
/// <c>alerts unsilence</c> mute a category (or all) through a date, and lift that again.
/// </summary>
public static class AlertsCommand
{
    /// <summary>History rows <c>alerts list</c> shows unless <c>--all</c>.</summary>
    public const int HistoryShown = 20;

    public static Command Create()
    {
        var date = new Option<string?>("--date") { Description = "Local date to judge (YYYY-MM-DD); default yesterday" };
        var from = new Option<string?>("--from") { Description = "First local date of a replay" };
        var to = new Option<string?>("--to") { Description = "Last local date of a replay, inclusive" };
        var notify = new Option<bool>("--notify") { Description = "Run the alert lifecycle: record state changes in the warehouse and email them to Recipients.Alerts (each day is judged once, in date order)" };
        var format = Output.FormatOption("table", "table", "json");
        var detect = new Command("detect", "Find category spikes (and a stopped feed) for a day or a range of days; with --notify, record and email the alert changes") { date, from, to, notify, format };
        detect.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            var (first, last) = Range(parse.GetValue(date), parse.GetValue(from), parse.GetValue(to), context.Settings.Reporting.TimeZone);
            var json = parse.GetValue(format) == "json";
            if (parse.GetValue(notify))
            {
                // A day is judged once: judging one that is not over would settle it on part of its tickets.
                var today = Today(context.Settings.Reporting.TimeZone);
                if (last >= today)
                {
                    throw new UserInputException($"--notify: {last:yyyy-MM-dd} is not over yet in {context.Settings.Reporting.TimeZone} (today is {today:yyyy-MM-dd}); the last day to judge is {today.AddDays(-1):yyyy-MM-dd}");
                }
                return Notify(context, first, last, json, Console.Out, Console.Error);
            }
            using var db = WarehouseDb.OpenReadOnly(context.DatabasePath, context.Settings);
            var days = SpikeHistory.Replay(db, context.Settings.Alerts, first, last);
            if (json)
            {
                WriteJson(days, Console.Out);
            }
            else
            {
                WriteTable(days, first, last, Console.Out);
            }
            return ExitCodes.Success;
        });
        return new Command("alerts", "Category spike alerts") { detect, ListCommand(), SilenceCommand(), UnsilenceCommand() };
    }

    private static int Notify(CommandContext context, DateOnly first, DateOnly last, bool json, TextWriter output, TextWriter error)
    {
        if (!File.Exists(context.DatabasePath))
        {
            throw new UserInputException($"no warehouse at {context.DatabasePath}: run 'analytics ingest' or 'analytics demo' first");
        }
        using var db = WarehouseDb.OpenForWrite(context.DatabasePath, context.Settings);
        return Notify(db, context.Settings, first, last, json, output, error);
    }

    /// <summary>
    /// Judges <paramref name="first"/>..<paramref name="last"/> with the lifecycle on a warehouse open for writing,
    /// delivers the alert emails and prints what changed and what was sent: <c>alerts detect --notify</c> and the demo.
    /// </summary>
    public static int Notify(DuckDB.NET.Data.DuckDBConnection db, Configuration.AnalyticsSettings settings, DateOnly first, DateOnly last, bool json, TextWriter output, TextWriter error)
    {
        var days = AlertLifecycleRun.Process(db, settings, first, last, DateTimeOffset.UtcNow);
        var keys = days.SelectMany(d => d.Mail).ToList();
        OutboxPassResult? pass = null;
        IReadOnlyDictionary<string, OutboxEntry> after = new Dictionary<string, OutboxEntry>();
        if (settings.Recipients.Alerts.Count > 0)
        {
            pass = OutboxPass.Run(db, settings, Directory.GetCurrentDirectory(), CancellationToken.None);
            after = new MailOutbox(db, settings).Status(keys.Select(k => k.Key)).ToDictionary(e => e.Key);
        }
        if (json)
        {
            WriteChangesJson(days, after, output);
        }
        else
        {
            WriteChanges(days, first, last, settings, pass, keys, after, output);
        }
        var failed = after.Values.Count(e => e.Status == "failed");
        if (failed > 0)
        {
            error.WriteLine($"error: {failed} alert email(s) failed permanently and will not be retried; the reasons are in the outbox table (last_error) and analytics status");
            return ExitCodes.Failed;
        }
        if (pass?.Result.SetupErrors > 0)
        {
            error.WriteLine("error: the mail server refused the connection's setup (certificate, login or TLS): fix Smtp in the configuration; the alert emails stay in the outbox and go out on the next delivery pass");
            return ExitCodes.Failed;
        }
        return ExitCodes.Success;
    }

    private static void WriteChanges(
        IReadOnlyList<JudgedDay> days, DateOnly first, DateOnly last, Configuration.AnalyticsSettings settings, OutboxPassResult? pass,
        IReadOnlyList<(string Recipient, string Key, bool Added)> keys, IReadOnlyDictionary<string, OutboxEntry> after, TextWriter output)
    {
        var judged = days.Where(d => !d.AlreadyJudged).ToList();
        var changes = judged.Sum(d => d.Records.Count);
        output.WriteLine(first == last
            ? $"{first:yyyy-MM-dd}: {changes} alert state change(s)"
            : $"{first:yyyy-MM-dd} to {last:yyyy-MM-dd}, judged day by day: {judged.Count} day(s) judged, {changes} state change(s)");
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
                output.WriteLine($"  {day.Day:yyyy-MM-dd ddd}  {record.State,-12} {record.Why}  ({mail})");
            }
            foreach (var spike in AlertLifecycleRun.StillFiring(day))
            {
                output.WriteLine($"  {day.Day:yyyy-MM-dd ddd}  {"still firing",-12} {spike.Why}  (no change: not sent again while it stays firing)");
            }
        }
        var quiet = judged.Count(d => d.Records.Count == 0 && !AlertLifecycleRun.StillFiring(d).Any());
        if (quiet > 0)
        {
            output.WriteLine($"  {quiet} day(s) without a change");
        }
        if (settings.Recipients.Alerts.Count == 0)
        {
            output.WriteLine(judged.Any(d => d.Notice is not null)
                ? "  Mail:   no alert recipients are configured (Recipients:Alerts): the changes are recorded, no email was sent"
                : "  Mail:   no alert recipients are configured (Recipients:Alerts)");
            return;
        }
        output.WriteLine($"  Mail:   {keys.Count(k => k.Added)} alert email(s) queued; via {pass!.Via}: this pass sent {pass.Result.Sent}, left {pass.Result.Retrying} queued for retry, {pass.Result.Failed} failed");
        foreach (var (recipient, key, _) in keys)
        {
            var entry = after[key];
            var line = entry.Status switch
            {
                "sent" => "sent",
                "failed" => $"failed: {entry.LastError}",
                _ => $"queued, next attempt {entry.NextAttemptAt:yyyy-MM-dd HH:mm:ss} UTC: {entry.LastError}",
            };
            output.WriteLine($"          {key[..key.LastIndexOf('/')]} to {recipient}: {line}");
        }
    }

    /// <summary>With --notify: one object per recorded change (the spike fields, plus state, why, held, emailed).</summary>
    private static void WriteChangesJson(IReadOnlyList<JudgedDay> days, IReadOnlyDictionary<string, OutboxEntry> after, TextWriter output)
    {
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
                    json.WriteNumber("emails_sent", keys.Count(k => after.TryGetValue(k, out var e) && e.Status == "sent"));
                    json.WriteEndObject();
                }
            }
            json.WriteEndArray();
        });
    }

    private static void WriteRecord(Utf8JsonWriter json, AlertRecord record)
    {
        json.WriteString("date", record.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("category", record.Category);
        json.WriteString("state", record.State);
        json.WriteNumber("observed", record.Observed);
        json.WriteNumber("baseline", record.Baseline);
        json.WriteNumber("ratio", record.Ratio);
        json.WriteNumber("p_value", record.PValue);
        json.WriteNumber("severity", record.Severity);
        json.WriteString("why", record.Why);
        json.WriteBoolean("silenced", record.Silenced);
        json.WriteString("held", record.Held);
    }

    private static Command ListCommand()
    {
        var format = Output.FormatOption("table", "table", "json");
        var all = new Option<bool>("--all") { Description = $"Show the whole history of state changes (default: the latest {HistoryShown})" };
        var list = new Command("list", "Show the alert state per category, the silences in force and the history of state changes (newest first)") { format, all };
        list.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            using var db = WarehouseDb.OpenReadOnly(context.DatabasePath, context.Settings);
            var today = Today(context.Settings.Reporting.TimeZone);
            var exists = AlertLifecycleStore.Exists(db);
            var states = exists ? AlertLifecycleStore.States(db) : [];
            var silences = exists ? AlertLifecycleStore.Silences(db, today) : [];
            var judged = exists ? AlertLifecycleStore.LastJudgedDay(db) : null;
            var history = exists ? AlertLifecycleStore.History(db, parse.GetValue(all) ? long.MaxValue : HistoryShown + 1) : [];
            var total = exists ? db.Scalar<long>("SELECT count(*) FROM alerts") : 0;
            var shown = parse.GetValue(all) ? history : [.. history.Take(HistoryShown)];
            if (parse.GetValue(format) == "json")
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

    /// <summary>"firing", "resolved" or "silenced" (a silence covers today) and the day that state began.</summary>
    private static (string State, DateOnly Since) Current(CategoryAlertState state, IReadOnlyList<AlertSilence> silences, DateOnly today)
    {
        var last = state.Last!;
        var since = state.Firing ? state.Since!.Value : last.Day;
        if (silences.Any(s => s.Covers(state.Category, today)))
        {
            return ("silenced", since);
        }
        return (state.Firing ? (last.State == AlertStates.FeedStopped || state.Category == AlertStates.AllCategories ? AlertStates.FeedStopped : AlertStates.Firing) : AlertStates.Resolved, since);
    }

    private static void WriteList(
        DateOnly? judged, IReadOnlyDictionary<string, CategoryAlertState> states, IReadOnlyList<AlertSilence> silences, DateOnly today,
        IReadOnlyList<AlertHistoryRow> history, long total, TextWriter output)
    {
        output.WriteLine(judged is { } j ? $"Alerts judged through {j:yyyy-MM-dd}" : "No day judged yet: run 'analytics alerts detect --notify' (or analytics serve's detect job)");
        output.WriteLine("State per category");
        if (states.Count == 0)
        {
            output.WriteLine("  no alert so far");
        }
        foreach (var state in states.Values.OrderByDescending(s => s.Firing).ThenBy(s => s.Category, StringComparer.Ordinal))
        {
            var (current, since) = Current(state, silences, today);
            var last = state.Last!;
            var detail = state.Firing
                ? (state.Category == AlertStates.AllCategories ? "the ticket feed may have stopped, " : $"severity {state.RecordedSeverity}, ")
                  + $"{last.Observed} vs typical {last.Baseline:0.#} on {last.Day:yyyy-MM-dd}{(state.EpisodeAnnounced ? "" : ", not emailed")}"
                : $"{last.Observed} vs typical {last.Baseline:0.#} on {last.Day:yyyy-MM-dd}; last fired {state.Since:yyyy-MM-dd}";
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
            output.WriteLine($"  {r.Day:yyyy-MM-dd ddd}  {r.State,-12} {r.Why}  ({mail})");
        }
    }

    private static void WriteListJson(
        DateOnly? judged, IReadOnlyDictionary<string, CategoryAlertState> states, IReadOnlyList<AlertSilence> silences, DateOnly today,
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
            foreach (var state in states.Values.OrderBy(s => s.Category, StringComparer.Ordinal))
            {
                var (current, since) = Current(state, silences, today);
                json.WriteStartObject();
                json.WriteString("category", state.Category);
                json.WriteString("state", current);
                json.WriteBoolean("firing", state.Firing);
                json.WriteString("since", Day(since));
                json.WriteNumber("severity", state.Firing ? state.RecordedSeverity : 0);
                json.WriteString("last_change", Day(state.Last!.Day));
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
                WriteRecord(json, row.Record);
                if (row.NotifiedAt is { } at)
                {
                    json.WriteString("notified_at", at);
                }
                else
                {
                    json.WriteNull("notified_at");
                }
                json.WriteString("recorded_at", row.RecordedAt);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static Command SilenceCommand()
    {
        var category = new Argument<string?>("category") { Description = "The category to mute, as in the tickets (e.g. Payments)", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Mute all categories and the stopped-feed alert" };
        var until = new Option<string?>("--until") { Description = "Last local day muted, inclusive (YYYY-MM-DD)" };
        var reason = new Option<string?>("--reason") { Description = "Why, shown in alerts list and status" };
        var silence = new Command("silence", "Mute a category's alert emails (or all) through a date; changes are still recorded") { category, all, until, reason };
        silence.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            var target = Target(parse.GetValue(category), parse.GetValue(all));
            var last = parse.GetValue(until) is { } text ? Parse("--until", text) : throw new UserInputException("--until is required: the last day to mute (YYYY-MM-DD)");
            var today = Today(context.Settings.Reporting.TimeZone);
            if (last < today)
            {
                throw new UserInputException($"--until {last:yyyy-MM-dd} is in the past (today is {today:yyyy-MM-dd} in {context.Settings.Reporting.TimeZone})");
            }
            if (!File.Exists(context.DatabasePath))
            {
                throw new UserInputException($"no warehouse at {context.DatabasePath}: run 'analytics ingest' or 'analytics demo' first");
            }
            using var db = WarehouseDb.OpenForWrite(context.DatabasePath, context.Settings);
            if (target is not null && !AlertLifecycleStore.KnownCategory(db, target))
            {
                Console.Error.WriteLine($"warning: no ticket in the warehouse has the category '{target}' (check the spelling); it is muted anyway");
            }
            AlertLifecycleStore.AddSilence(db, target, last, parse.GetValue(reason), DateTimeOffset.UtcNow);
            Console.Out.WriteLine($"{target ?? "All categories"} silenced through {last:yyyy-MM-dd}: changes on days up to then are recorded without an email");
            return ExitCodes.Success;
        });
        return silence;
    }

    private static Command UnsilenceCommand()
    {
        var category = new Argument<string?>("category") { Description = "The category whose silence to lift", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Lift the silence of all categories (set with silence --all)" };
        var unsilence = new Command("unsilence", "Lift a silence before its date") { category, all };
        unsilence.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            var target = Target(parse.GetValue(category), parse.GetValue(all));
            if (!File.Exists(context.DatabasePath))
            {
                throw new UserInputException($"no warehouse at {context.DatabasePath}: run 'analytics ingest' or 'analytics demo' first");
            }
            using var db = WarehouseDb.OpenForWrite(context.DatabasePath, context.Settings);
            var lifted = AlertLifecycleStore.LiftSilence(db, target, Today(context.Settings.Reporting.TimeZone), DateTimeOffset.UtcNow);
            Console.Out.WriteLine(lifted == 0
                ? $"{(target is null ? "All categories have" : target + " has")} no silence in force: nothing to lift"
                : $"{(target is null ? "The silence of all categories" : "The silence of " + target)} is lifted: its alert emails go out again");
            return ExitCodes.Success;
        });
        return unsilence;
    }

    private static string? Target(string? category, bool all)
    {
        if (all && category is not null)
        {
            throw new UserInputException("give a category or --all, not both");
        }
        if (!all && string.IsNullOrWhiteSpace(category))
        {
            throw new UserInputException("give a category (e.g. Payments) or --all");
        }
        return all ? null : category!.Trim();
    }

    private static DateOnly Today(string timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).DateTime);

    private static (DateOnly From, DateOnly To) Range(string? date, string? from, string? to, string timeZone)
    {
        if (date is not null && (from is not null || to is not null))
        {
            throw new UserInputException("--date cannot be combined with --from/--to");
        }
        if ((from is null) != (to is null))
        {
            throw new UserInputException("--from and --to go together");
        }
        if (from is not null)
        {
            var (a, b) = (Parse("--from", from), Parse("--to", to!));
            return a <= b ? (a, b) : throw new UserInputException($"--from {from} is after --to {to}");
        }
        if (date is not null)
        {
            var day = Parse("--date", date);
            return (day, day);
        }
        var today = Today(timeZone);
        return (today.AddDays(-1), today.AddDays(-1));
    }

    private static DateOnly Parse(string option, string value) =>
        DateOnly.ParseExact(OptionValues.Date(option, value)!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// One object per spike: date, category, observed, baseline, ratio, p_value, severity, why, days. When the
    /// spike was found over the last 2 or 3 days together (days &gt; 1), observed and baseline are those days' sums.
    /// </summary>
    private static void WriteJson(IReadOnlyList<DayVerdict> days, TextWriter output)
    {
        Output.WriteJson(output, json =>
        {
            json.WriteStartArray();
            foreach (var spike in days.SelectMany(d => d.Spikes))
            {
                json.WriteStartObject();
                json.WriteString("date", spike.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString("category", spike.Category);
                json.WriteNumber("observed", spike.WindowCount);
                json.WriteNumber("baseline", spike.WindowTypical);
                json.WriteNumber("ratio", spike.Ratio);
                json.WriteNumber("days", spike.Days);
                json.WriteNumber("p_value", spike.PValue);
                json.WriteNumber("severity", spike.Severity);
                json.WriteString("why", spike.Why);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        });
    }

    private static void WriteTable(IReadOnlyList<DayVerdict> days, DateOnly first, DateOnly last, TextWriter output)
    {
        var spikes = days.SelectMany(d => d.Spikes).ToList();
        output.WriteLine(first == last
            ? $"{first:yyyy-MM-dd}: {spikes.Count} spike(s)"
            : $"{first:yyyy-MM-dd} to {last:yyyy-MM-dd}, replayed day by day: {spikes.Count} spike(s)");
        foreach (var spike in spikes)
        {
            output.WriteLine($"  {spike.Day:yyyy-MM-dd ddd}  {spike.Why}  (p = {spike.PValue.ToString("0.0e0", CultureInfo.InvariantCulture)}, severity {spike.Severity})");
        }
        foreach (var feed in days.Where(d => d.Feed.Stopped || d.Feed.InProgress))
        {
            output.WriteLine($"  {feed.Day:yyyy-MM-dd ddd}  {feed.Feed.Why}");
        }
        foreach (var warming in days.Where(d => d.CategoriesChecked == 0))
        {
            output.WriteLine($"  {warming.Day:yyyy-MM-dd ddd}  warming up: too little history for a verdict");
        }
    }
}
