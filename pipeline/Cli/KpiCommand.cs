using System.CommandLine;
using Analytics.Pipeline.Kpis;
using Microsoft.Data.Analysis;

namespace Analytics.Pipeline.Cli;

/// <summary>
/// <c>analytics kpi --from DATE --to DATE [--by day|week|month] [--dim NAME] [--hours calendar|business] [--format ...]</c>:
/// the KPI table of docs/kpis.md, straight from the SQL macro <c>kpi()</c>.
/// </summary>
public static class KpiCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "First local date (YYYY-MM-DD) in the reporting time zone", Required = true };
        var to = new Option<string>("--to") { Description = "Last local date (YYYY-MM-DD), inclusive", Required = true };
        var by = OptionValues.OneOf("--by", "Period: day, week (ISO, Monday to Monday) or month", Grain.Week);
        var dim = OptionValues.OneOf<Dimension>("--dim", "Split by channel, category, priority, team, agent or source");
        var hours = OptionValues.OneOf("--hours", "Durations in calendar or business hours", HoursBasis.Calendar);
        var format = Output.FormatOption(OutputFormat.Table, OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);

        var command = new Command("kpi", "KPI table per period (and dimension value): volume, first response, SLA, resolution, FCR, zero-touch, reopens, wait time, CSAT, NPS, CES, retention")
        {
            from, to, by, dim, hours, format,
        };
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            var request = new KpiRequest(
                OptionValues.Day("--from", parse.GetValue(from)!), OptionValues.Day("--to", parse.GetValue(to)!),
                OptionValues.Value<Grain>(parse, by), OptionValues.ValueOrNull<Dimension>(parse, dim), OptionValues.Value<HoursBasis>(parse, hours));
            if (request.From > request.To)
            {
                throw new UserInputException($"--from {request.From:yyyy-MM-dd} is after --to {request.To:yyyy-MM-dd}");
            }
            using var session = context.OpenReadOnly();
            var frame = new KpiEngine(session.Db, session.Settings.Reporting.TimeZone).Table(request);
            FrameWriter.Write(frame, Output.Format(parse, format), Console.Out, row => Heading(row, request), "period_start", "period_end", "dimension", "value");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>"2026-W46", "2026-11-09" or "2026-11", and the dimension value when split.</summary>
    public static string Heading(DataFrameRow row, KpiRequest request)
    {
        var start = (DateTimeOffset)row["period_start"]!;
        var label = PeriodLabel.Of(DateOnly.FromDateTime(start.DateTime), request.Grain);
        return request.Dimension is null ? label : $"{label} {DimensionValue.Shown(row["value"] as string)}";
    }
}
