using System.CommandLine;
using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Delivery;

namespace Analytics.Pipeline.Cli;

/// <summary>
/// <c>analytics alerts detect [--date DATE | --from DATE --to DATE] [--notify] [--format table|json]</c>: category
/// spike and negative-share detection (docs/alerts.md) for a day (default yesterday in the reporting time zone), or a range replayed day by day as
/// each morning's run would have seen it (no look-ahead). Without <c>--notify</c> it is read-only. With it, the
/// alert lifecycle runs: each day not judged before is judged in order, its state changes recorded in
/// <c>alerts</c>, its announced changes sent as one grouped email to Recipients.Alerts through the outbox.
/// <c>alerts list</c> shows the state per category, silences and history; <c>alerts silence</c> and
/// <c>alerts unsilence</c> mute a category (or all) through a date, and lift that again.
/// </summary>
public static class AlertsCommand
{
    public static Command Create()
    {
        var date = new Option<string?>("--date") { Description = "Local date to judge (YYYY-MM-DD); default yesterday" };
        var from = new Option<string?>("--from") { Description = "First local date of a replay" };
        var to = new Option<string?>("--to") { Description = "Last local date of a replay, inclusive" };
        var notify = new Option<bool>("--notify") { Description = "Run the alert lifecycle: record state changes in the warehouse and email them to Recipients.Alerts (each day is judged once, in date order)" };
        var format = Output.FormatOption(OutputFormat.Table, OutputFormat.Table, OutputFormat.Json);
        var detect = new Command("detect", "Find category spikes (and a stopped feed or a volume drop) and jumps of a category's negative share for a day or a range of days; with --notify, record and email the alert changes") { date, from, to, notify, format };
        detect.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            var json = Output.Format(parse, format) == OutputFormat.Json;
            var notifying = parse.GetValue(notify);
            if (notifying && !File.Exists(context.DatabasePath))
            {
                throw new UserInputException($"no warehouse at {context.DatabasePath}: run 'analytics ingest' or 'analytics demo' first");
            }
            using var session = notifying ? context.OpenForWrite() : context.OpenReadOnly();
            var zone = session.Settings.Reporting.TimeZone;
            var (first, last) = Range(parse.GetValue(date), parse.GetValue(from), parse.GetValue(to), zone);
            if (notifying)
            {
                // A day is judged once: judging one that is not over would settle it on part of its tickets.
                var today = LocalDate.Today(zone);
                if (last >= today)
                {
                    throw new UserInputException($"--notify: {last:yyyy-MM-dd} is not over yet in {zone} (today is {today:yyyy-MM-dd}); the last day to judge is {today.AddDays(-1):yyyy-MM-dd}");
                }
                var (judged, sent) = Sending.Alerts(session.Db, session.Settings, first, last, Directory.GetCurrentDirectory());
                if (json)
                {
                    AlertsDetectOutput.WriteChangesJson(judged, sent, Console.Out, Console.Error);
                }
                else
                {
                    AlertsDetectOutput.WriteChanges(judged, first, last, session.Settings, sent, Console.Out);
                }
                return SendingOutput.ExitCode(sent, SentEmails.Alerts, Console.Error);
            }
            var days = SpikeHistory.Replay(session.Db, session.Settings.Alerts, first, last);
            if (json)
            {
                AlertsDetectOutput.WriteJson(days, Console.Out, Console.Error);
            }
            else
            {
                AlertsDetectOutput.WriteTable(days, first, last, Console.Out);
            }
            return ExitCodes.Success;
        });
        return new Command("alerts", "Category spike and negative-share alerts") { detect, AlertsListCommand.Create(), AlertsSilenceCommands.Silence(), AlertsSilenceCommands.Unsilence() };
    }

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
            var (a, b) = (OptionValues.Day("--from", from), OptionValues.Day("--to", to!));
            return a <= b ? (a, b) : throw new UserInputException($"--from {from} is after --to {to}");
        }
        if (date is not null)
        {
            var day = OptionValues.Day("--date", date);
            return (day, day);
        }
        var today = LocalDate.Today(timeZone);
        return (today.AddDays(-1), today.AddDays(-1));
    }
}
