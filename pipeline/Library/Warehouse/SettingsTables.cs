using Analytics.Pipeline.Configuration;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Warehouse;

/// <summary>Copies the configuration the KPI views compute with into the tables of <c>queries/settings/tables.sql</c>.</summary>
public static class SettingsTables
{
    public static void Fill(DuckDBConnection connection, AnalyticsSettings settings)
    {
        connection.Execute(
            "INSERT INTO kpi_settings VALUES ($reporting, $business, $configured, $slaBusiness)",
            new
            {
                reporting = settings.Reporting.TimeZone,
                business = settings.BusinessHours.TimeZone,
                configured = settings.BusinessHours.IsConfigured,
                slaBusiness = settings.Sla.BusinessHours,
            });
        foreach (var window in settings.BusinessHours.Windows)
        {
            connection.Execute("INSERT INTO business_hours VALUES ($weekday, $opens, $closes)",
                new { weekday = window.Weekday, opens = window.OpensMinute, closes = window.ClosesMinute });
        }
        foreach (var day in settings.BusinessHours.Holidays)
        {
            connection.Execute("INSERT INTO business_holidays VALUES ($day)", new { day });
        }
        foreach (var (priority, minutes) in settings.Sla.FirstResponseMinutes)
        {
            connection.Execute("INSERT INTO sla_targets VALUES ($priority, $minutes)", new { priority, minutes });
        }
        var roi = settings.Roi;
        connection.Execute("INSERT INTO roi_settings VALUES ($costPerTicket, $revenue, $weeks)",
            new { costPerTicket = roi.CostPerTicket, revenue = roi.RevenuePerCustomerMonth, weeks = roi.WindowWeeks });
        foreach (var initiative in roi.Initiatives)
        {
            connection.Execute("INSERT INTO roi_initiatives VALUES ($name, $start, $cost)",
                new { name = initiative.Name, start = initiative.Start, cost = initiative.Cost });
        }
    }
}
