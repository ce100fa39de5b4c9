using System.CommandLine;
using Analytics.Pipeline.Delivery;
using Analytics.Pipeline.Reports;

namespace Analytics.Pipeline.Cli;

/// <summary>
/// <c>analytics report weekly [--week YYYY-Www] [--out FILE] [--send]</c> and <c>analytics report monthly [--month YYYY-MM] [--out FILE] [--send]</c>:
/// the PDF report of a period (default: the latest complete one in the reporting time zone), with its charts
/// as PNG and SVG beside it. The PDF is read back and checked before the command reports success. With
/// <c>--send</c> the report email goes to every Recipients.Reports address through the outbox.
/// </summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var command = new Command("report", "Render the PDF report of a week or month, with its charts as PNG and SVG beside it");
        command.Add(Period("weekly", Grain.Week, "--week", "ISO week, e.g. 2026-W46 (default: the latest complete week in the reporting time zone)"));
        command.Add(Period("monthly", Grain.Month, "--month", "Month, e.g. 2026-11 (default: the latest complete month in the reporting time zone)"));
        return command;
    }

    private static Command Period(string name, Grain kind, string optionName, string description)
    {
        var period = new Option<string?>(optionName) { Description = description };
        var output = new Option<string?>("--out") { Description = $"PDF file to write (default: data/reports/{name}-<period>.pdf in the working directory); the charts go to a folder beside it" };
        var hours = OptionValues.OneOf("--hours", "Durations in calendar or business hours, as analytics kpi --hours", HoursBasis.Calendar);
        var send = new Option<bool>("--send") { Description = "Email the report to every Recipients.Reports address through the outbox (SMTP, or .eml files in the outbox folder when no SMTP is configured)" };
        var command = new Command(name, $"Render the {name} PDF report") { period, output, hours, send };
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            var sending = parse.GetValue(send);
            if (sending && context.Settings.Recipients.Reports.Count == 0)
            {
                throw new UserInputException("--send: no one to send the report to; list the addresses in Recipients:Reports of the configuration");
            }
            if (sending && !File.Exists(context.DatabasePath))
            {
                throw new UserInputException($"no warehouse at {context.DatabasePath}: run 'analytics ingest' or 'analytics demo' first");
            }
            using var session = sending ? context.OpenForWrite() : context.OpenReadOnly();
            var settings = session.Settings;
            var zone = TimeZoneInfo.FindSystemTimeZoneById(settings.Reporting.TimeZone);
            ReportSpan span;
            if (parse.GetValue(period) is { } text)
            {
                span = kind == Grain.Week ? ReportSpan.ParseWeek(text, optionName) : ReportSpan.ParseMonth(text, optionName);
            }
            else
            {
                // The latest complete period the data covers, said when it is not the one that has just ended.
                (span, var note) = ReportPeriods.Default(session.Db, kind, DateTimeOffset.UtcNow, zone);
                if (note is not null)
                {
                    Console.Error.WriteLine($"note: no {optionName} given: {note}");
                }
            }
            var pdf = parse.GetValue(output) ?? ReportFiles.DefaultPath(span);
            if (Directory.Exists(pdf))
            {
                throw new UserInputException($"--out: '{pdf}' is a folder; give the PDF file to write");
            }
            var (model, written) = ReportFiles.Produce(session.Db, settings, span, pdf, OptionValues.Value<HoursBasis>(parse, hours));
            ReportOutput.Print(written, span, settings, Console.Out);
            if (!sending)
            {
                return ExitCodes.Success;
            }
            var sent = Sending.Report(session.Db, settings, model, written.Pdf, Directory.GetCurrentDirectory());
            SendingOutput.Write(sent, "", m => m.Recipient, Console.Out);
            return SendingOutput.ExitCode(sent, SentEmails.Report, Console.Error);
        });
        return command;
    }
}
