using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Delivery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Analytics.Pipeline.Scheduling;

/// <summary>
/// The generic host of <c>analytics serve</c>: catch-up first, then Quartz with one cron trigger per job in its
/// time zone. Quartz's own misfire handling is off (do nothing): a missed report is the catch-up's to send, once.
/// SIGINT and SIGTERM stop the host; running jobs are waited for.
/// </summary>
public static class ServeHost
{
    public static IHost Build(AnalyticsSettings settings, ServePaths paths, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = paths.WorkingDirectory,
            DisableDefaults = true,
        });
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss ";
            o.UseUtcTimestamp = true;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddFilter("Quartz", LogLevel.Warning);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(paths);
        builder.Services.AddSingleton<IReportDelivery>(new OutboxReportDelivery(settings, paths.WorkingDirectory));
        builder.Services.AddSingleton<JobRunner>();
        configure?.Invoke(builder.Services);
        // Registered before Quartz's hosted service, so catch-up is done before the first trigger can fire.
        builder.Services.AddHostedService<CatchUpService>();
        builder.Services.AddQuartz(q =>
        {
            foreach (var calendar in ScheduleCalendar.All(settings.Schedules))
            {
                var name = calendar.Job.Text();
                q.AddJob(PipelineJob.TypeOf(calendar.Job), j => j.WithIdentity(name).WithDescription($"{name}: {calendar.Schedule.Cron} ({calendar.Schedule.TimeZone})"));
                q.AddTrigger(t => t
                    .ForJob(name)
                    .WithIdentity(name)
                    .WithSchedule(CronScheduleBuilder.Create(calendar.Expression)
                        .InTimeZone(calendar.Zone)
                        .WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)));
            }
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder.Build();
    }
}

/// <summary>Sends, late and once, the reports missed while the service was down (README, "Running as a service": missed runs).</summary>
public sealed class CatchUpService(JobRunner runner) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => runner.CatchUpAsync(DateTimeOffset.UtcNow, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
