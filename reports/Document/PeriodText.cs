using System.Globalization;
using Analytics.Reports.Model;

namespace Analytics.Reports.Document;

/// <summary>How the period is named in the title block, the header and every footer.</summary>
public static class PeriodText
{
    public static string Range(ReportPeriod period) =>
        $"{Day(period.From)} – {Day(period.To)}";

    /// <summary>"2026-W46 · 2026-11-09 – 2026-11-15 · Europe/Berlin": the footer before its page number.</summary>
    public static string Footer(ReportPeriod period) => $"{period.Label} · {Range(period)} · {period.TimeZone}";

    /// <summary>"Week 2026-W46, 2026-11-09 – 2026-11-15 (Europe/Berlin), compared with 2026-W45".</summary>
    public static string Subtitle(ReportPeriod period) =>
        $"{Capitalised(period.Kind.Text())} {period.Label}, {Range(period)} ({period.TimeZone}), compared with {period.PreviousLabel}";

    /// <summary>"this week" / "this month".</summary>
    public static string This(ReportPeriod period) => "this " + period.Kind.Text();

    private static string Day(DateOnly day) => KpiFormat.Value("day", day);

    private static string Capitalised(string word) =>
        word.Length == 0 ? word : char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];
}
