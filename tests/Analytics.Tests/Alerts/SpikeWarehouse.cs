using System.Globalization;
using System.Text;

namespace Analytics.Tests.Alerts;

/// <summary>
/// Synthetic tickets for the lifecycle's end-to-end tests, as a canonical export: three categories with 10
/// tickets every day from 2026-09-01 (eight weeks of history before the spikes), except
/// <list type="bullet">
/// <item>Tue 2026-10-27: Payments 40 (4× a typical 10: severity 3) and Login 30 (3×: severity 3), both spikes;</item>
/// <item>Wed 2026-10-28: Payments 10 again (back under), Login 30 (still a spike at severity 3);</item>
/// <item>Thu 2026-10-29: Login 10 (back under).</item>
/// </list>
/// The counts are constant before, so each baseline is a median of 10 with no spread (Poisson(10)):
/// P(X ≥ 30 | 10) ≈ 7e-8, far under 0.001 / 3 categories; 30 - 10 = 20 ≥ MinExcess 5; 3.0 ≥ MinRatio 1.5.
/// Days already flagged are left out of baselines, so Login's 30 on 10-28 is judged against 10 again.
/// Times are UTC, the reporting zone of the default configuration.
/// </summary>
public static class SpikeWarehouse
{
    public static readonly DateOnly First = new(2026, 9, 1);
    public static readonly DateOnly Last = new(2026, 10, 31);

    public static int Count(string category, DateOnly day) => (category, day.ToString("MM-dd", CultureInfo.InvariantCulture)) switch
    {
        ("Payments", "10-27") => 40,
        ("Login", "10-27" or "10-28") => 30,
        _ => 10,
    };

    public static string Csv()
    {
        var csv = new StringBuilder("ticket_id,created_at,status,channel,category,priority\n");
        var id = 0;
        for (var day = First; day <= Last; day = day.AddDays(1))
        {
            foreach (var category in new[] { "Login", "Payments", "Returns" })
            {
                for (var i = 0; i < Count(category, day); i++)
                {
                    csv.Append(CultureInfo.InvariantCulture, $"S-{++id},{day:yyyy-MM-dd}T{8 + i / 60:00}:{i % 60:00}:00Z,open,email,{category},normal\n");
                }
            }
        }
        return csv.ToString();
    }
}
