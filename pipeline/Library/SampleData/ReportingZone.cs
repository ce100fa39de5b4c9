namespace Analytics.Pipeline.SampleData;

/// <summary>
/// Converts between the reporting zone's wall clock and UTC. Times are whole seconds since
/// 0001-01-01 (local wall-clock seconds or UTC seconds). The offset of every day without a DST
/// change is cached, so the hot path is an array lookup; days with a change take the exact route
/// through <see cref="TimeZoneInfo"/>. A local time inside the spring-forward gap is moved one hour
/// later; an ambiguous autumn time is read as standard time (what TimeZoneInfo does).
/// </summary>
internal sealed class ReportingZone
{
    public const long Day = 86_400;
    private const int Unknown = int.MinValue;
    private const int Changes = int.MaxValue;

    private readonly TimeZoneInfo _zone;
    private readonly long _firstDay;
    private readonly int[] _localDayOffset;
    private readonly int[] _utcDayOffset;

    public ReportingZone(string timeZoneId, DateOnly firstDay, DateOnly lastDay)
    {
        _zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        _firstDay = firstDay.DayNumber - 1;
        var days = lastDay.DayNumber - firstDay.DayNumber + 3;
        _localDayOffset = new int[days];
        _utcDayOffset = new int[days];
        Array.Fill(_localDayOffset, Unknown);
        Array.Fill(_utcDayOffset, Unknown);
    }

    public string Id => _zone.Id;

    public static long Seconds(DateOnly date) => (long)date.DayNumber * Day;

    public static long Seconds(DateTime dateTime) => dateTime.Ticks / TimeSpan.TicksPerSecond;

    public static DateTime ToDateTime(long seconds) => new(seconds * TimeSpan.TicksPerSecond, DateTimeKind.Unspecified);

    public static DateOnly DateOf(long seconds) => DateOnly.FromDayNumber((int)(seconds / Day));

    public long ToUtc(long local)
    {
        var i = (local / Day) - _firstDay;
        if ((ulong)i < (ulong)_localDayOffset.Length)
        {
            var offset = _localDayOffset[i];
            if (offset == Unknown)
            {
                offset = _localDayOffset[i] = LocalDayOffset(local / Day);
            }
            if (offset != Changes)
            {
                return local - offset;
            }
        }
        var wall = ToDateTime(local);
        if (_zone.IsInvalidTime(wall))
        {
            wall = wall.AddHours(1);
        }
        return Seconds(TimeZoneInfo.ConvertTimeToUtc(wall, _zone));
    }

    public long ToLocal(long utc)
    {
        var i = (utc / Day) - _firstDay;
        if ((ulong)i < (ulong)_utcDayOffset.Length)
        {
            var offset = _utcDayOffset[i];
            if (offset == Unknown)
            {
                offset = _utcDayOffset[i] = UtcDayOffset(utc / Day);
            }
            if (offset != Changes)
            {
                return utc + offset;
            }
        }
        return utc + OffsetAt(utc);
    }

    private int OffsetAt(long utc) =>
        (int)_zone.GetUtcOffset(new DateTime(utc * TimeSpan.TicksPerSecond, DateTimeKind.Utc)).TotalSeconds;

    // A local day is safe to cache when the offset is the same from a few hours before it starts
    // (in UTC) to a few hours after it ends: no transition can fall inside it.
    private int LocalDayOffset(long day)
    {
        var before = OffsetAt((day * Day) - (4 * 3600));
        var after = OffsetAt(((day + 1) * Day) + (4 * 3600));
        return before == after ? before : Changes;
    }

    private int UtcDayOffset(long day)
    {
        var first = OffsetAt(day * Day);
        var last = OffsetAt(((day + 1) * Day) - 1);
        return first == last ? first : Changes;
    }
}
