using Analytics.Pipeline.Configuration;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Warehouse;

/// <summary>Copies the configuration the KPI views compute with into the tables of <c>queries/settings/tables.sql</c>.</summary>
public static class SettingsTables
{
    public static void Fill(DuckDBConnection connection, AnalyticsSettings settings)
    {
        connection.Execute(
            SqlFiles.Read("settings/fill_kpi_settings.sql"),
            new
            {
                reporting = settings.Reporting.TimeZone,
                business = settings.BusinessHours.TimeZone,
                configured = settings.BusinessHours.IsConfigured,
                slaBusiness = settings.Sla.BusinessHours,
            });
        foreach (var window in settings.BusinessHours.Windows)
        {
            connection.Execute(SqlFiles.Read("settings/fill_business_hours.sql"),
                new { weekday = window.Weekday, opens = window.OpensMinute, closes = window.ClosesMinute });
        }
        foreach (var day in settings.BusinessHours.Holidays)
        {
            connection.Execute(SqlFiles.Read("settings/fill_business_holidays.sql"), new { day });
        }
        foreach (var (priority, minutes) in settings.Sla.FirstResponseMinutes)
        {
            connection.Execute(SqlFiles.Read("settings/fill_sla_targets.sql"), new { priority, minutes });
        }
        var roi = settings.Roi;
        connection.Execute(SqlFiles.Read("settings/fill_roi_settings.sql"),
            new { costPerTicket = roi.CostPerTicket, revenue = roi.RevenuePerCustomerMonth, weeks = roi.WindowWeeks });
        foreach (var initiative in roi.Initiatives)
        {
            connection.Execute(SqlFiles.Read("settings/fill_roi_initiatives.sql"),
                new { name = initiative.Name, start = initiative.Start, cost = initiative.Cost });
        }
    }
}
