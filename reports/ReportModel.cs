namespace Analytics.Reports;

/// <summary>
/// The plain model the PDF report is drawn from. Filled in by the pipeline from the KPI SQL;
/// this library only draws it.
/// </summary>
public sealed record ReportModel(string Title, DateOnly PeriodStart, DateOnly PeriodEnd, string TimeZone);
