namespace Analytics.Pipeline.SampleData;

/// <summary>
/// The business calendar on the reporting zone's wall clock: Monday to Friday,
/// <see cref="Knobs.BusinessOpenHour"/> to <see cref="Knobs.BusinessCloseHour"/>, no holidays.
/// Works on local wall-clock seconds since 0001-01-01 (a Monday). Because the window never touches
/// the small hours, DST changes never fall inside it.
/// </summary>
internal static class BusinessClock
{
    private const long Day = ReportingZone.Day;
    private const long Open = Knobs.BusinessOpenHour * 3600L;
    private const long Close = Knobs.BusinessCloseHour * 3600L;
    private const long Window = Close - Open;
    private const long WorkWeek = 5 * Window;

    /// <summary>0001-01-01 was a Monday: day % 7 gives 0 = Monday .. 6 = Sunday.</summary>
    public static bool IsWorkday(long day) => day % 7 < 5;

    /// <summary>The first business moment at or after <paramref name="local"/>.</summary>
    public static long NextOpen(long local)
    {
        var day = local / Day;
        var timeOfDay = local % Day;
        if (IsWorkday(day))
        {
            if (timeOfDay < Open)
            {
                return (day * Day) + Open;
            }
            if (timeOfDay < Close)
            {
                return local;
            }
        }
        do
        {
            day++;
        }
        while (!IsWorkday(day));
        return (day * Day) + Open;
    }

    /// <summary>The moment when <paramref name="seconds"/> business seconds have passed since <paramref name="local"/>.</summary>
    public static long Add(long local, long seconds)
    {
        if (seconds <= 0)
        {
            return local;
        }
        var t = NextOpen(local);
        var left = seconds;
        while (true)
        {
            var untilClose = Close - (t % Day);
            if (left <= untilClose)
            {
                return t + left;
            }
            left -= untilClose;
            t = NextOpen(((t / Day) + 1) * Day);
            // From any workday's opening, five working days are exactly one calendar week.
            var weeks = (left - 1) / WorkWeek;
            t += weeks * 7 * Day;
            left -= weeks * WorkWeek;
        }
    }

    /// <summary>Business seconds in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static long Between(long from, long to)
    {
        if (to <= from)
        {
            return 0;
        }
        long firstDay = from / Day, lastDay = to / Day;
        if (firstDay == lastDay)
        {
            return IsWorkday(firstDay) ? Overlap(from % Day, to % Day) : 0;
        }
        var total = IsWorkday(firstDay) ? Overlap(from % Day, Day) : 0;
        total += IsWorkday(lastDay) ? Overlap(0, to % Day) : 0;
        return total + (WorkdaysIn(firstDay + 1, lastDay) * Window);
    }

    private static long Overlap(long startOfDaySeconds, long endOfDaySeconds) =>
        Math.Max(0, Math.Min(endOfDaySeconds, Close) - Math.Max(startOfDaySeconds, Open));

    /// <summary>Workdays in days [first, last).</summary>
    private static long WorkdaysIn(long first, long last)
    {
        var days = last - first;
        var count = days / 7 * 5;
        for (var d = first + (days / 7 * 7); d < last; d++)
        {
            count += IsWorkday(d) ? 1 : 0;
        }
        return count;
    }
}
