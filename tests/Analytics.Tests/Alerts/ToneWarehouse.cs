using System.Globalization;
using System.Text;

namespace Analytics.Tests.Alerts;

/// <summary>
/// Synthetic tickets with subjects for the negative-share tests end to end, as a canonical export (UTC): Payments and
/// Returns with 10 tickets every day from 2026-09-01 to 2026-10-31, one of them negative ("Very bad experience") and
/// nine neutral ("Question about my invoice"), so each category's typical share is 10 %, except for Payments
/// <list type="bullet">
/// <item>Tue 2026-10-27: 40 tickets, 4 negative: a volume spike (4× a typical 10, severity 3), the share as usual;</item>
/// <item>Wed 2026-10-28: 40 tickets, 30 negative (15 "Card declined again terrible checkout", 15 "Terrible checkout
/// broken again"): the volume still spikes (no new row), and the share jumps: 75 % against a typical 10 % (7.5×);</item>
/// <item>Thu 2026-10-29: 10 tickets, 1 negative: both are back.</item>
/// </list>
/// The typical share on 10-28: the 56 days 09-02..10-27 hold 55 days of 10 texts (1 negative) and 10-27's 40 (4), 590
/// and 59 for Payments; Returns 560 and 56; all categories 1150 and 115, p_all 0.1; p0 = (59 + 30 · 0.1) / (590 + 30) =
/// 0.1. Every day is exactly at 10 %, so ρ = 0 and the day of 40 texts is scored as 40 / (1 + 40/620) texts:
/// p = I_0.1(28.18, 10.39) = 5.7e-21, far under 0.01 / 2. The tones are the lexicon's (checked in the tests).
/// </summary>
public static class ToneWarehouse
{
    public const string Negative = "Very bad experience";
    public const string Neutral = "Question about my invoice";
    public const string Declined = "Card declined again terrible checkout";
    public const string Broken = "Terrible checkout broken again";

    public static readonly DateOnly First = new(2026, 9, 1);
    public static readonly DateOnly Last = new(2026, 10, 31);

    /// <summary>The subjects of a category's tickets on a day.</summary>
    public static IReadOnlyList<string> Subjects(string category, DateOnly day) => (category, day.ToString("MM-dd", CultureInfo.InvariantCulture)) switch
    {
        ("Payments", "10-27") => [.. Enumerable.Repeat(Negative, 4), .. Enumerable.Repeat(Neutral, 36)],
        ("Payments", "10-28") => [.. Enumerable.Repeat(Declined, 15), .. Enumerable.Repeat(Broken, 15), .. Enumerable.Repeat(Neutral, 10)],
        _ => [Negative, .. Enumerable.Repeat(Neutral, 9)],
    };

    public static string Csv()
    {
        var csv = new StringBuilder("ticket_id,created_at,status,channel,category,priority,subject\n");
        var id = 0;
        for (var day = First; day <= Last; day = day.AddDays(1))
        {
            foreach (var category in new[] { "Payments", "Returns" })
            {
                var subjects = Subjects(category, day);
                for (var i = 0; i < subjects.Count; i++)
                {
                    csv.Append(CultureInfo.InvariantCulture, $"T-{++id},{day:yyyy-MM-dd}T{8 + i / 60:00}:{i % 60:00}:00Z,open,email,{category},normal,{subjects[i]}\n");
                }
            }
        }
        return csv.ToString();
    }
}
