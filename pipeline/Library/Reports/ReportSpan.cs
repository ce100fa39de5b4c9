using System.Globalization;
using System.Text.RegularExpressions;

namespace Analytics.Pipeline.Reports;

/// <summary>
/// The period a report covers: an ISO week (Monday to Sunday, local dates) or a calendar month, cut in the
/// reporting time zone, with the period it is compared with and the window of its trend charts.
/// </summary>
public sealed partial record ReportSpan
{
    /// <summary>How many periods the trend charts show, the reported one last.</summary>
    public const int TrendPeriods = 12;

    private ReportSpan(Grain kind, DateOnly from, DateOnly to)
    {
        Kind = kind;
        From = from;
        To = to;
    }

    /// <summary>A week or a month; also the grain of the KPI table.</summary>
    public Grain Kind { get; }

    /// <summary>First local day.</summary>
    public DateOnly From { get; }

    /// <summary>Last local day, inclusive.</summary>
    public DateOnly To { get; }

    /// <summary>"2026-W46" or "2026-11".</summary>
    public string Label => PeriodLabel.Of(From, Kind);

    public ReportSpan Previous => Back(1);

    /// <summary>The first day of the trend window: <see cref="TrendPeriods"/> periods ending with this one.</summary>
    public DateOnly TrendFrom => Back(TrendPeriods - 1).From;

    public IEnumerable<DateOnly> Days => Enumerable.Range(0, To.DayNumber - From.DayNumber + 1).Select(From.AddDays);

    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>The period <paramref name="periods"/> periods before this one.</summary>
    public ReportSpan Back(int periods) => Kind == Grain.Week ? Week(From.AddDays(-7 * periods)) : Month(From.AddMonths(-periods));

    /// <summary>The ISO week containing <paramref name="day"/>.</summary>
    public static ReportSpan Week(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new ReportSpan(Grain.Week, monday, monday.AddDays(6));
    }

    /// <summary>The calendar month containing <paramref name="day"/>.</summary>
    public static ReportSpan Month(DateOnly day)
    {
        var first = new DateOnly(day.Year, day.Month, 1);
        return new ReportSpan(Grain.Month, first, first.AddMonths(1).AddDays(-1));
    }

    /// <summary>
    /// The latest period of <paramref name="kind"/> that has ended by <paramref name="now"/> in
    /// <paramref name="zone"/>: the week (or month) before the one that holds today's local date.
    /// </summary>
    public static ReportSpan LatestComplete(Grain kind, DateTimeOffset now, TimeZoneInfo zone)
    {
        var today = Configuration.LocalDate.Of(now, zone);
        return kind switch
        {
            Grain.Week => Week(today).Previous,
            Grain.Month => Month(today).Previous,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "week or month"),
        };
    }

    /// <summary>Parses an ISO week, "2026-W46"; anything else is a usage error naming <paramref name="option"/>.</summary>
    public static ReportSpan ParseWeek(string text, string option = "--week")
    {
        var match = WeekPattern().Match(text);
        if (!match.Success)
        {
            throw new UserInputException($"{option}: '{text}' is not an ISO week (YYYY-Www, e.g. 2026-W46)");
        }
        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var week = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var weeks = year is >= 1 and <= 9998 ? ISOWeek.GetWeeksInYear(year) : 0;
        if (weeks == 0 || week < 1 || week > weeks)
        {
            throw new UserInputException($"{option}: '{text}' is not an ISO week: {year} has weeks W01 to W{weeks:00}");
        }
        return Week(DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday)));
    }

    /// <summary>Parses a month, "2026-11"; anything else is a usage error naming <paramref name="option"/>.</summary>
    public static ReportSpan ParseMonth(string text, string option = "--month")
    {
        if (!MonthPattern().IsMatch(text) || !DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            throw new UserInputException($"{option}: '{text}' is not a month (YYYY-MM, e.g. 2026-11)");
        }
        return Month(first);
    }

    [GeneratedRegex(@"^([0-9]{4})-W([0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex WeekPattern();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();
}
