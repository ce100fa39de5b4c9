using Analytics.Reports.Model;
using Microsoft.Extensions.Logging;

namespace Analytics.Pipeline.Delivery;

/// <summary>
/// Hands a built and checked report to whoever delivers it (the email outbox). The scheduled report jobs call it
/// once per schedule occurrence; <paramref name="late"/> marks a report sent by catch-up after the service was down.
/// </summary>
public interface IReportDelivery
{
    void Deliver(ReportModel model, string pdfPath, bool late, CancellationToken ct);
}

/// <summary>
/// Delivery while no mail outbox is configured in this build: the report stays as the PDF in reports/ and
/// only a log line says so. Nothing is sent and nothing is written.
/// </summary>
public sealed class NoReportDelivery(ILogger<NoReportDelivery> logger) : IReportDelivery
{
    public void Deliver(ReportModel model, string pdfPath, bool late, CancellationToken ct) =>
        logger.LogInformation("report {Pdf} written{Late}; no mail delivery is configured in this build, nothing sent",
            pdfPath, late ? " (late)" : "");
}
