namespace Analytics.Pipeline.SampleData;

/// <summary>The timestamp layouts the writers use.</summary>
internal enum TimestampLayout
{
    /// <summary>2026-06-01T07:14:09Z (the value must be UTC).</summary>
    IsoUtc,
    /// <summary>2026-06-01 09:14:09 (Zendesk, account time zone, no offset).</summary>
    Zendesk,
    /// <summary>01/06/2026 09:14 (Freshdesk, day first, no offset).</summary>
    Freshdesk,
}

/// <summary>Hand-rolled, culture-free timestamp formatting (several per row, so it is kept cheap).</summary>
internal static class Timestamps
{
    public static void Write(char[] buffer, ref int at, long seconds, TimestampLayout layout)
    {
        var (year, month, day) = DateOnly.FromDayNumber((int)(seconds / ReportingZone.Day));
        var timeOfDay = (int)(seconds % ReportingZone.Day);
        int hour = timeOfDay / 3600, minute = timeOfDay / 60 % 60, second = timeOfDay % 60;
        if (layout == TimestampLayout.Freshdesk)
        {
            Two(buffer, ref at, day);
            buffer[at++] = '/';
            Two(buffer, ref at, month);
            buffer[at++] = '/';
            Four(buffer, ref at, year);
            buffer[at++] = ' ';
            Two(buffer, ref at, hour);
            buffer[at++] = ':';
            Two(buffer, ref at, minute);
            return;
        }
        Four(buffer, ref at, year);
        buffer[at++] = '-';
        Two(buffer, ref at, month);
        buffer[at++] = '-';
        Two(buffer, ref at, day);
        buffer[at++] = layout == TimestampLayout.IsoUtc ? 'T' : ' ';
        Two(buffer, ref at, hour);
        buffer[at++] = ':';
        Two(buffer, ref at, minute);
        buffer[at++] = ':';
        Two(buffer, ref at, second);
        if (layout == TimestampLayout.IsoUtc)
        {
            buffer[at++] = 'Z';
        }
    }

    public static void Two(char[] buffer, ref int at, int value)
    {
        buffer[at++] = (char)('0' + (value / 10));
        buffer[at++] = (char)('0' + (value % 10));
    }

    private static void Four(char[] buffer, ref int at, int value)
    {
        Two(buffer, ref at, value / 100);
        Two(buffer, ref at, value % 100);
    }
}
