namespace Analytics.Pipeline.Configuration;

/// <summary>The local calendar date of an instant in a time zone: "today" and "yesterday" for reports and alerts.</summary>
public static class LocalDate
{
    public static DateOnly Of(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <param name="timeZone">An IANA time zone id, e.g. Europe/Berlin.</param>
    public static DateOnly Of(DateTimeOffset instant, string timeZone) =>
        Of(instant, TimeZoneInfo.FindSystemTimeZoneById(timeZone));

    /// <summary>Today in <paramref name="timeZone"/> (an IANA id).</summary>
    public static DateOnly Today(string timeZone) => Of(DateTimeOffset.UtcNow, timeZone);

    /// <summary>A date written as the warehouse and the command line write it, YYYY-MM-DD.</summary>
    public static DateOnly Parse(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
