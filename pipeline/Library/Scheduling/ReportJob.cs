using Analytics.Pipeline.Reports;

namespace Analytics.Pipeline.Scheduling;

/// <summary>
/// The report of the period that had just ended at the occurrence (not at the time it runs, for late runs), written
/// beside the warehouse and handed to delivery.
/// </summary>
public abstract class ReportJob(JobRunner runner) : PipelineJob(runner)
{
    protected abstract Grain Period { get; }

    public override bool OncePerOccurrence => true;

    public override string Work(JobContext context)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(context.Settings.Reporting.TimeZone);
        var span = ReportSpan.LatestComplete(Period, context.ScheduledFor ?? DateTimeOffset.UtcNow, zone);
        var pdf = Path.Combine(context.Paths.ReportsFolder, Path.GetFileName(ReportFiles.DefaultPath(span)));
        var (model, written) = ReportFiles.Produce(context.Db, context.Settings, span, pdf);
        context.CancellationToken.ThrowIfCancellationRequested();
        var mailed = context.Delivery.Deliver(context.Db, model, written.Pdf, context.Late, context.CancellationToken);
        return $"report of {span.Label} written to {written.Pdf} ({written.Pages} pages){(context.Late ? ", late" : "")}; {mailed}";
    }
}

/// <summary>The weekly report, of the ISO week that had just ended.</summary>
public sealed class WeeklyReportJob(JobRunner runner) : ReportJob(runner)
{
    public override Job Name => Job.WeeklyReport;

    protected override Grain Period => Grain.Week;
}

/// <summary>The monthly report, of the calendar month that had just ended.</summary>
public sealed class MonthlyReportJob(JobRunner runner) : ReportJob(runner)
{
    public override Job Name => Job.MonthlyReport;

    protected override Grain Period => Grain.Month;
}
