namespace Analytics.Pipeline.Configuration;

/// <summary>The local calendar date of an instant in a time zone: "today" and "yesterday" for reports and alerts.</summary>
public static class LocalDate
{
    public static DateOnly Of(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <param name="timeZone">An IANA time zone id, e.g. Europe/Berlin.</param>
    public static DateOnly Of(DateTimeOffset instant, string timeZone) =>
        Of(instant, TimeZoneInfo.FindSystemTimeZoneById(timeZone));
}
