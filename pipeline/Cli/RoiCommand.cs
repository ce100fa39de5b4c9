using System.CommandLine;
using Analytics.Pipeline.Kpis;

namespace Analytics.Pipeline.Cli;

/// <summary><c>analytics roi [--format ...]</c>: the ROI model for each configured initiative, every figure shown.</summary>
public static class RoiCommand
{
    public static Command Create()
    {
        var format = Output.FormatOption(OutputFormat.Table, OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var command = new Command("roi", "Return on each configured support initiative (Roi in the config), with every input and intermediate figure") { format };
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            if (context.Settings.Roi.Initiatives.Count == 0)
            {
                Console.Error.WriteLine("No initiatives configured: add Roi.Initiatives (Name, Start, Cost) to the config file.");
            }
            using var session = context.OpenReadOnly();
            var frame = new KpiEngine(session.Db, session.Settings.Reporting.TimeZone).Roi();
            FrameWriter.Write(frame, Output.Format(parse, format), Console.Out, row => (string)row["initiative"]!, "initiative");
            return ExitCodes.Success;
        });
        return command;
    }
}
