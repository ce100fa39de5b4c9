using System.CommandLine;
using System.Globalization;
using Analytics.Pipeline.Drivers;
using CsvHelper;

namespace Analytics.Pipeline.Cli;

/// <summary>
/// <c>analytics drivers --from DATE --to DATE [--target csat|nps] [--hours calendar|business] [--min-n N]</c>: which
/// ticket attributes go with higher or lower satisfaction (docs/voc.md, "Drivers"), each level against the rest with
/// a 95% interval and a Benjamini–Hochberg adjusted p-value, the largest differences first.
/// </summary>
public static class DriversCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "First local date (YYYY-MM-DD) of the responses, in the reporting time zone", Required = true };
        var to = new Option<string>("--to") { Description = "Last local date of the responses, inclusive", Required = true };
        var target = OptionValues.OneOf("--target", "What to explain: csat (satisfied share) or nps", DriverTarget.Csat);
        var hours = OptionValues.OneOf("--hours", "First response buckets in calendar or business hours", HoursBasis.Calendar);
        var minN = new Option<int>("--min-n")
        {
            Description = "A level, and the rest it is compared with, need at least this many responses to be tested",
            DefaultValueFactory = _ => DriverAnalysis.DefaultMinResponses,
        };
        var format = Output.FormatOption(OutputFormat.Table, OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var command = new Command("drivers", "What goes with higher or lower CSAT or NPS: category, channel, priority, team, first response time, reopens, solve time of day, ticket sentiment")
        {
            from, to, target, hours, minN, format,
        };
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            var (first, last) = (OptionValues.Day("--from", parse.GetValue(from)!), OptionValues.Day("--to", parse.GetValue(to)!));
            if (first > last)
            {
                throw new UserInputException($"--from {first:yyyy-MM-dd} is after --to {last:yyyy-MM-dd}");
            }
            var least = parse.GetValue(minN);
            if (least < 2)
            {
                throw new UserInputException($"--min-n {least}: give 2 or more");
            }
            using var session = context.OpenReadOnly();
            var result = Drivers.Drivers.Analyse(session.Db, OptionValues.Value<DriverTarget>(parse, target), first, last, OptionValues.Value<HoursBasis>(parse, hours), least);
            switch (Output.Format(parse, format))
            {
                case OutputFormat.Json: WriteJson(result, session.Settings.Reporting.TimeZone, Console.Out); break;
                case OutputFormat.Csv: WriteCsv(result, Console.Out); break;
                default: WriteTable(result, session.Settings.Reporting.TimeZone, Console.Out); break;
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>"CSAT" or "NPS".</summary>
    private static string Name(DriverTarget target) => target.Text().ToUpperInvariant();

    internal static void WriteTable(DriversResult result, string timeZone, TextWriter output)
    {
        var name = Name(result.Target);
        var unit = result.Target == DriverTarget.Csat ? "%" : "";
        output.WriteLine(Invariant($"Drivers of {name}, responses of {result.From:yyyy-MM-dd} to {result.To:yyyy-MM-dd} ({timeZone}): {result.Responses:N0} about a ticket, {name} {Rate(result.Rate, unit)}"));
        if (result.WithoutTicket > 0)
        {
            output.WriteLine(Invariant($"{result.WithoutTicket:N0} response(s) about no ticket have no ticket attributes and are left out."));
        }
        if (result.Levels.Count == 0)
        {
            output.WriteLine("No responses about a ticket in these dates.");
            return;
        }
        var test = result.Target == DriverTarget.Csat ? "two-proportion z-test" : "difference of means, Welch z-test";
        output.WriteLine(Invariant($"Each level against the rest of the responses: difference in points, 95% CI; {test}; q = p adjusted (Benjamini-Hochberg) over the {result.Tested} level(s) tested; significant when q <= {DriverAnalysis.FalseDiscoveryRate}. A level or rest under {result.MinResponses} responses is not tested."));
        var factorWidth = Math.Max(6, result.Levels.Max(l => FactorName(l.Factor).Length));
        var levels = result.Levels.Select(l => TextExcerpt.Of(l.Level, 28)).ToList();
        var levelWidth = Math.Max(5, levels.Max(l => l.Length));
        output.WriteLine($"  {"factor".PadRight(factorWidth)}  {"level".PadRight(levelWidth)}  {"n",6}  {name,6}  {"rest",6}  {"difference [95% CI]",-24}  {"p",8}  {"q",8}  verdict");
        for (var i = 0; i < result.Levels.Count; i++)
        {
            var l = result.Levels[i];
            var difference = l.Difference is not { } d ? "" : l.CiLow is { } low && l.CiHigh is { } high
                ? Invariant($"{d:+0.0;-0.0;0.0} [{low:+0.0;-0.0;0.0}, {high:+0.0;-0.0;0.0}]")
                : Invariant($"{d:+0.0;-0.0;0.0}");
            output.WriteLine(Invariant($"  {FactorName(l.Factor).PadRight(factorWidth)}  {levels[i].PadRight(levelWidth)}  {l.N,6:N0}  {Rate(l.Rate, unit),6}  {Rate(l.RestRate, unit),6}  {difference,-24}  {P(l.PValue),8}  {P(l.QValue),8}  {Verdict(l.Verdict)}"));
        }
        if (result.FactorsWithoutValues.Count > 0)
        {
            output.WriteLine("Not analysed, no response's ticket has a value: " + string.Join(", ", result.FactorsWithoutValues.Select(FactorName))
                + (result.FactorsWithoutValues.Contains(DriverFactor.SolvedInBusinessHours) ? " (solved in business hours needs BusinessHours in the configuration)" : ""));
        }
    }

    private static void WriteJson(DriversResult result, string timeZone, TextWriter output) => Output.WriteJson(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("target", result.Target.Text());
        json.WriteString("from", Day(result.From));
        json.WriteString("to", Day(result.To));
        json.WriteString("time_zone", timeZone);
        json.WriteNumber("responses", result.Responses);
        json.WriteNumber("without_ticket", result.WithoutTicket);
        json.NumberOrNull("rate", result.Rate);
        json.WriteNumber("min_responses", result.MinResponses);
        json.WriteNumber("tested", result.Tested);
        json.WriteNumber("false_discovery_rate", DriverAnalysis.FalseDiscoveryRate);
        json.WriteStartArray("levels");
        foreach (var l in result.Levels)
        {
            json.WriteStartObject();
            json.WriteString("factor", l.Factor.Text());
            json.WriteString("level", l.Level);
            json.WriteNumber("n", l.N);
            json.WriteNumber("rate", l.Rate);
            json.WriteNumber("rest_n", l.RestN);
            json.NumberOrNull("rest_rate", l.RestRate);
            json.NumberOrNull("difference", l.Difference);
            json.NumberOrNull("ci_low", l.CiLow);
            json.NumberOrNull("ci_high", l.CiHigh);
            json.NumberOrNull("p_value", l.PValue);
            json.NumberOrNull("q_value", l.QValue);
            json.WriteString("verdict", l.Verdict.Text());
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("factors_without_values");
        foreach (var factor in result.FactorsWithoutValues)
        {
            json.WriteStringValue(factor.Text());
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void WriteCsv(DriversResult result, TextWriter output)
    {
        using var csv = CsvWriter.Create(output, new CsvWriterOptions(), true);
        foreach (var column in new[] { "factor", "level", "n", "rate", "rest_n", "rest_rate", "difference", "ci_low", "ci_high", "p_value", "q_value", "verdict" })
        {
            csv.WriteField(column);
        }
        csv.EndRecord();
        foreach (var l in result.Levels)
        {
            foreach (var value in new object?[] { l.Factor.Text(), l.Level, l.N, l.Rate, l.RestN, l.RestRate, l.Difference, l.CiLow, l.CiHigh, l.PValue, l.QValue, l.Verdict.Text() })
            {
                csv.WriteField(FrameWriter.Text(value));
            }
            csv.EndRecord();
        }
    }

    private static string FactorName(DriverFactor factor) => Drivers.Drivers.Name(factor);

    private static string Verdict(DriverVerdict verdict) => verdict switch
    {
        DriverVerdict.Significant => "significant",
        DriverVerdict.NotSignificant => "not significant",
        _ => "too few to test",
    };

    private static string Rate(double? rate, string unit) => rate is { } r ? r.ToString("0.0", CultureInfo.InvariantCulture) + unit : "–";

    private static string P(double? p) => p switch
    {
        null => "",
        < 0.0001 => "<0.0001",
        var v => v.Value.ToString("0.0000", CultureInfo.InvariantCulture),
    };


    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
