using System.CommandLine;
using Analytics.Pipeline.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Analytics.Pipeline.Cli;

/// <summary>
/// <c>analytics serve [--once]</c>: runs the scheduled jobs (ingest, detect, weekly and monthly report) until
/// SIGINT or SIGTERM. <c>--once</c> does what a start does (close runs left open, catch up missed reports) plus
/// one ingest of the inboxes, then exits: for a cron-driven setup or a check of the configuration.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var once = new Option<bool>("--once") { Description = "Catch up missed reports and ingest the inboxes once, then exit" };
        var command = new Command("serve", "Run the scheduled jobs: ingest from the inboxes, detection, weekly and monthly reports") { once };
        command.SetAction(async (parse, ct) =>
        {
            var context = CommandContext.From(parse);
            var paths = new ServePaths(context.DatabasePath, Directory.GetCurrentDirectory());
            using var host = ServeHost.Build(context.SettingsAtStart(), paths);
            if (parse.GetValue(once))
            {
                var runner = host.Services.GetRequiredService<JobRunner>();
                await runner.CatchUpAsync(DateTimeOffset.UtcNow, ct).ConfigureAwait(false);
                var ingest = await runner.RunAsync(Job.Ingest, null, late: false, ct).ConfigureAwait(false);
                return ingest.Outcome == JobOutcome.Failed ? ExitCodes.Failed : ExitCodes.Success;
            }
            await host.RunAsync(ct).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
