using System.Diagnostics;
using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Delivery;
using Analytics.Pipeline.Scheduling;
using Analytics.Pipeline.Warehouse;
using Analytics.Reports.Model;
using Analytics.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Analytics.Tests.Scheduling;

/// <summary>A working folder of <c>analytics serve</c>: warehouse under data/, one source with an inbox, reports/.</summary>
public sealed class ServeFolder : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("analytics-serve-").FullName;
    public string DbPath => Path.Combine(Folder, "data", "analytics.duckdb");
    public string Inbox => Path.Combine(Folder, "inbox");

    public AnalyticsSettings Settings { get; init; } = new()
    {
        Reporting = new ReportingSettings { TimeZone = "Europe/Berlin" },
        Sources = [new SourceSettings { Name = "helpdesk", Inbox = "inbox", Vendor = "canonical" }],
        Schedules = new SchedulesSettings
        {
            WeeklyReport = new ScheduleSettings(SchedulesSettings.DefaultWeeklyReportCron, "Europe/Berlin"),
            MonthlyReport = new ScheduleSettings(SchedulesSettings.DefaultMonthlyReportCron, "Europe/Berlin"),
        },
    };

    public JobRunner Runner(IReportDelivery? delivery = null, ILogger<JobRunner>? logger = null) =>
        new(Settings, new ServePaths(DbPath, Folder), delivery ?? new RecordingDelivery(), logger ?? NullLogger<JobRunner>.Instance);

    /// <summary>Rows of job_runs, read from the published copy (as an analyst would).</summary>
    public List<(string Job, DateTimeOffset? ScheduledFor, string Outcome, bool Finished)> Runs()
    {
        using var db = WarehouseDb.OpenReadOnly(DbPath, Settings);
        using var command = db.Create("SELECT job, scheduled_for, outcome, finished_at IS NOT NULL FROM job_runs ORDER BY started_at");
        using var reader = command.ExecuteReader();
        var rows = new List<(string, DateTimeOffset?, string, bool)>();
        while (reader.Read())
        {
            DateTimeOffset? scheduled = reader.IsDBNull(1) ? null : reader.GetValue(1) switch
            {
                DateTimeOffset d => d,
                DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
                _ => null,
            };
            rows.Add((reader.GetString(0), scheduled, reader.GetString(2), reader.GetBoolean(3)));
        }
        return rows;
    }

    public string DropInInbox(string fixture, string? name = null)
    {
        Directory.CreateDirectory(Inbox);
        var target = Path.Combine(Inbox, name ?? Path.GetFileName(fixture));
        File.Copy(Support.Fixtures.Path(fixture), target);
        return target;
    }

    public void WriteConfig(string json) => File.WriteAllText(Path.Combine(Folder, "analytics.json"), json);

    /// <summary>Starts the real executable in this folder, with stdin open, for commands that keep running.</summary>
    public Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Support.Cli.ExecutablePath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        return Process.Start(start)!;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment; the OS cleans the temp folder.
        }
    }
}

/// <summary>The delivery seam as the mail outbox will see it: each call recorded; optionally held until released.</summary>
public sealed class RecordingDelivery : IReportDelivery
{
    private readonly List<(string Period, string Pdf, bool Late)> _calls = [];

    public ManualResetEventSlim? Hold { get; init; }
    public ManualResetEventSlim Entered { get; } = new();

    public IReadOnlyList<(string Period, string Pdf, bool Late)> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    public string Deliver(DuckDB.NET.Data.DuckDBConnection db, ReportModel model, string pdfPath, bool late, CancellationToken ct)
    {
        lock (_calls)
        {
            _calls.Add((Path.GetFileNameWithoutExtension(pdfPath), pdfPath, late));
        }
        Entered.Set();
        Hold?.Wait(ct);
        return "recorded";
    }
}

/// <summary>A logger that keeps what the code under test logs, one line per message, for a test to wait on.</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    public Lines Messages { get; } = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Messages.Add($"{logLevel}: {formatter(state, exception)}");
}
