using System.CommandLine;
using System.Text.Json;
using Analytics.Pipeline.Scheduling;

namespace Analytics.Pipeline.Cli;

/// <summary><c>analytics status [--format json]</c>: data freshness per source, last and next run per job, the outbox, alerts.</summary>
public static class StatusCommand
{
    public static Command Create()
    {
        var format = Output.FormatOption(OutputFormat.Table, OutputFormat.Table, OutputFormat.Json);
        var command = new Command("status", "Show data freshness per source, last and next run of each job, the outbox, firing alerts and silences") { format };
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            using var session = context.OpenReadOnly();
            var status = ServiceStatus.Read(session.Db, ScheduleCalendar.All(session.Settings.Schedules), DateTimeOffset.UtcNow, session.Settings.Reporting.TimeZone);
            if (Output.Format(parse, format) == OutputFormat.Json)
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(status, ServiceStatus.Json));
            }
            else
            {
                ServiceStatus.WriteTable(status, Console.Out);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
