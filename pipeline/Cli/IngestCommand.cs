using System.CommandLine;
using Analytics.Pipeline.Ingest;
using Analytics.Pipeline.Warehouse;

namespace Analytics.Pipeline.Cli;

/// <summary><c>analytics ingest PATH... [--source ...] [--format json]</c>: load export files or folders.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Export files or folders", Arity = ArgumentArity.OneOrMore };
        var source = new Option<string>("--source")
        {
            Description = "Export format: auto (from the header), canonical, zendesk, freshdesk, servicenow, nps",
            DefaultValueFactory = _ => Vendors.Auto,
        };
        source.AcceptOnlyFromAmong([.. Vendors.All]);
        var name = new Option<string?>("--source-name") { Description = "Name stored in the warehouse's source column (default: a configured source's Name, else the format)" };
        var encoding = new Option<string?>("--encoding") { Description = "Encoding of non-UTF-8 files, e.g. latin1, windows-1251" };
        var surveyDate = new Option<string?>("--survey-date") { Description = "Response date (YYYY-MM-DD) for survey files without dates" };
        var format = Output.FormatOption(OutputFormat.Table, OutputFormat.Json);

        var command = new Command("ingest", "Load export files (tickets, surveys, customers, ticket events) into the warehouse")
        {
            paths, source, name, encoding, surveyDate, format,
        };
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            // A --name of a configured source reads the files as that source's; each option given overrides its setting.
            var configured = IngestOptions.From(context.Settings.Sources.FirstOrDefault(s => s.Name == parse.GetValue(name)));
            var options = configured with
            {
                Vendor = parse.GetValue(source) is { } v && v != Vendors.Auto ? v : configured.Vendor,
                SourceName = parse.GetValue(name),
                // The global --timezone is, for ingest, the zone of the files' timestamps written without an offset.
                TimeZone = context.TimeZone ?? configured.TimeZone,
                Encoding = parse.GetValue(encoding) ?? configured.Encoding,
                SurveyDate = OptionValues.Date("--survey-date", parse.GetValue(surveyDate)) ?? configured.SurveyDate,
            };
            if (options.Encoding is { } e)
            {
                Configuration.SettingsValidation.Encoding("--encoding", e);
            }
            var files = Ingestor.ExpandPaths(parse.GetValue(paths) ?? []);
            // --timezone is the files' zone here, not a reporting zone for this command. The zone is said once, after
            // the load: about the files when they were read in another zone, else about the reporting zone.
            using var session = WarehouseSession.OpenForWrite(context.DatabasePath, context.Settings, zoneOverride: null, warn: null, CommandContext.Note);
            var results = IngestProgress.Run(session.Db, files, options, context.Verbose);
            IngestOutput.Write(results, Output.Format(parse, format));
            var reporting = session.Rechoose();
            if ((ReportingZones.FilesWarning(results, options.TimeZone, reporting) ?? reporting.Warning) is { } warning)
            {
                CommandContext.Warn(warning);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
