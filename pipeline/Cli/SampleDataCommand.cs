using System.CommandLine;
using System.Globalization;
using Analytics.Pipeline.SampleData;

namespace Analytics.Pipeline.Cli;

/// <summary>`analytics sample-data`: writes a realistic, deterministic synthetic help-desk export.</summary>
public static class SampleDataCommand
{
    private static readonly SampleDataOptions Defaults = new();

    public static Command Create()
    {
        var outDir = new Option<string>("--out") { Description = "Folder to write the files into (created if missing)", Required = true };
        var tickets = new Option<int>("--tickets") { Description = "Tickets created in the period", DefaultValueFactory = _ => Defaults.Tickets };
        var weeks = new Option<int>("--weeks") { Description = "Length of the period in weeks", DefaultValueFactory = _ => Defaults.Weeks };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same arguments give byte-identical files", DefaultValueFactory = _ => Defaults.Seed };
        var format = new Option<string>("--format") { Description = "canonical (tickets, surveys, customers) or a vendor export: zendesk, freshdesk", DefaultValueFactory = _ => "canonical" };
        var end = new Option<string>("--end") { Description = "Last local day generated, inclusive (YYYY-MM-DD)", DefaultValueFactory = _ => Defaults.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        var goLive = new Option<string?>("--go-live") { Description = "Local time (HH:MM) on the first day at which the help desk went live: earlier tickets are not written, so the export starts part-way through a day" };

        var command = new Command("sample-data", "Generate a realistic, deterministic synthetic help-desk export (tickets, surveys, customers)");
        command.Add(outDir);
        command.Add(tickets);
        command.Add(weeks);
        command.Add(seed);
        command.Add(format);
        command.Add(end);
        command.Add(goLive);
        command.SetAction(parse =>
        {
            var options = new SampleDataOptions
            {
                Tickets = parse.GetValue(tickets),
                Weeks = parse.GetValue(weeks),
                Seed = parse.GetValue(seed),
                Format = ParseFormat(parse.GetValue(format)),
                End = ParseEnd(parse.GetValue(end)),
                GoLive = ParseGoLive(parse.GetValue(goLive)),
            };
            if (options.Validate() is { } problem)
            {
                throw new UserInputException(problem);
            }
            var manifest = SampleDataGenerator.Generate(options, parse.GetValue(outDir)!);
            var output = parse.InvocationConfiguration.Output;
            foreach (var file in manifest.Files)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file.Path}\t{file.Rows} rows"));
            }
            if (parse.GetValue(GlobalOptions.Verbose))
            {
                foreach (var spike in manifest.Spikes)
                {
                    parse.InvocationConfiguration.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"injected spike: {spike.Category} on {spike.LocalDate:yyyy-MM-dd} x{spike.Multiplier} (+{spike.ExtraTickets} tickets)"));
                }
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static SampleDataFormat ParseFormat(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "canonical" => SampleDataFormat.Canonical,
        "zendesk" => SampleDataFormat.Zendesk,
        "freshdesk" => SampleDataFormat.Freshdesk,
        _ => throw new UserInputException($"--format must be canonical, zendesk or freshdesk, got '{value}'"),
    };

    private static TimeOnly? ParseGoLive(string? value) =>
        value is null ? null
        : TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time
        : throw new UserInputException($"--go-live must be a local time like 13:00, got '{value}'");

    private static DateOnly ParseEnd(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UserInputException($"--end must be a date like 2026-11-15, got '{value}'");
}
