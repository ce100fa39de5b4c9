using System.CommandLine;
using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Kpis;
using Analytics.Pipeline.Reports;
using Analytics.Pipeline.Warehouse;

namespace Analytics.Pipeline.Cli;

/// <summary>
/// <c>analytics report weekly [--week YYYY-Www] [--out FILE]</c> and <c>analytics report monthly [--month YYYY-MM] [--out FILE]</c>:
/// the PDF report of a period (default: the latest complete one in the reporting time zone), with its charts
/// as PNG and SVG beside it. The PDF is read back and checked before the command reports success.
/// </summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var command = new Command("report", "Render the PDF report of a week or month, with its charts as PNG and SVG beside it");
        command.Add(Period("weekly", "week", "--week", "ISO week, e.g. 2026-W46 (default: the latest complete week in the reporting time zone)"));
        command.Add(Period("monthly", "month", "--month", "Month, e.g. 2026-11 (default: the latest complete month in the reporting time zone)"));
        return command;
    }

    private static Command Period(string name, string kind, string optionName, string description)
    {
        var period = new Option<string?>(optionName) { Description = description };
        var output = new Option<string?>("--out") { Description = $"PDF file to write (default: reports/{name}-<period>.pdf in the working directory); the charts go to a folder beside it" };
        var hours = new Option<string>("--hours") { Description = "Durations in calendar or business hours, as analytics kpi --hours", DefaultValueFactory = _ => "calendar" };
        hours.AcceptOnlyFromAmong(KpiRequest.HourBases);
        var command = new Command(name, $"Render the {name} PDF report") { period, output, hours };
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            var zone = TimeZoneInfo.FindSystemTimeZoneById(context.Settings.Reporting.TimeZone);
            var span = parse.GetValue(period) switch
            {
                null => ReportSpan.LatestComplete(kind, DateTimeOffset.UtcNow, zone),
                var text when kind == "week" => ReportSpan.ParseWeek(text, optionName),
                var text => ReportSpan.ParseMonth(text, optionName),
            };
            var pdf = parse.GetValue(output) ?? ReportFiles.DefaultPath(span);
            if (Directory.Exists(pdf))
            {
                throw new UserInputException($"--out: '{pdf}' is a folder; give the PDF file to write");
            }
            using (var db = WarehouseDb.OpenReadOnly(context.DatabasePath, context.Settings))
            {
                var written = Write(db, context.Settings, span, pdf, parse.GetValue(hours)!);
                Print(written, span, context.Settings, Console.Out);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Builds the model of <paramref name="span"/> from the KPI SQL and writes the checked PDF and the charts.</summary>
    public static WrittenReport Write(DuckDB.NET.Data.DuckDBConnection db, AnalyticsSettings settings, ReportSpan span, string pdf, string hours = "calendar")
    {
        var model = new ReportBuilder(db, settings).Build(span, hours);
        return ReportFiles.Write(model, pdf);
    }

    /// <summary>Where each output is, relative to the working directory.</summary>
    public static void Print(WrittenReport written, ReportSpan span, AnalyticsSettings settings, TextWriter output)
    {
        var here = Directory.GetCurrentDirectory();
        output.WriteLine($"Report of {span.Label} ({span.From:yyyy-MM-dd} to {span.To:yyyy-MM-dd}, {settings.Reporting.TimeZone}), compared with {span.Previous.Label}");
        output.WriteLine($"  PDF:    {Path.GetRelativePath(here, written.Pdf)} ({written.Pages} pages, every section present)");
        output.WriteLine($"  Charts: {Path.GetRelativePath(here, written.ChartsFolder)}{Path.DirectorySeparatorChar} ({written.Charts.Count(c => c.EndsWith(".png", StringComparison.Ordinal))} charts, each as PNG and SVG)");
    }
}
