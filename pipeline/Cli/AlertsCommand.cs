using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Warehouse;

namespace Analytics.Pipeline.Cli;

/// <summary>
/// <c>analytics alerts detect [--date DATE | --from DATE --to DATE] [--format table|json]</c>: category spike
/// detection for a day (default yesterday in the reporting time zone), or a range replayed day by day as each
/// morning's run would have seen it (no look-ahead). Read-only: nothing is recorded or sent.
/// </summary>
public static class AlertsCommand
{
    public static Command Create()
    {
        var date = new Option<string?>("--date") { Description = "Local date to judge (YYYY-MM-DD); default yesterday" };
        var from = new Option<string?>("--from") { Description = "First local date of a replay" };
        var to = new Option<string?>("--to") { Description = "Last local date of a replay, inclusive" };
        var format = Output.FormatOption("table", "table", "json");
        var detect = new Command("detect", "Find category spikes (and a stopped feed) for a day or a range of days") { date, from, to, format };
        detect.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            var (first, last) = Range(parse.GetValue(date), parse.GetValue(from), parse.GetValue(to), context.Settings.Reporting.TimeZone);
            using var db = WarehouseDb.OpenReadOnly(context.DatabasePath, context.Settings);
            var days = SpikeHistory.Replay(db, context.Settings.Alerts, first, last);
            if (parse.GetValue(format) == "json")
            {
                WriteJson(days, Console.Out);
            }
            else
            {
                WriteTable(days, first, last, Console.Out);
            }
            return ExitCodes.Success;
        });
        return new Command("alerts", "Category spike alerts") { detect };
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
            var (a, b) = (Parse("--from", from), Parse("--to", to!));
            return a <= b ? (a, b) : throw new UserInputException($"--from {from} is after --to {to}");
        }
        if (date is not null)
        {
            var day = Parse("--date", date);
            return (day, day);
        }
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).DateTime);
        return (today.AddDays(-1), today.AddDays(-1));
    }

    private static DateOnly Parse(string option, string value) =>
        DateOnly.ParseExact(OptionValues.Date(option, value)!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>One object per spike: date, category, observed, baseline, ratio, p_value, severity, why.</summary>
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
                json.WriteNumber("observed", spike.Count);
                json.WriteNumber("baseline", spike.Baseline.Median);
                json.WriteNumber("ratio", spike.Ratio);
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
        foreach (var stopped in days.Where(d => d.Feed.Stopped))
        {
            output.WriteLine($"  {stopped.Day:yyyy-MM-dd ddd}  {stopped.Feed.Why}");
        }
        foreach (var warming in days.Where(d => d.CategoriesChecked == 0))
        {
            output.WriteLine($"  {warming.Day:yyyy-MM-dd ddd}  warming up: too little history for a verdict");
        }
    }
}
