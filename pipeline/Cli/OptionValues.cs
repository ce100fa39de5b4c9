namespace Analytics.Pipeline.Cli;

/// <summary>Checks of option values; a wrong one is a usage error naming the option.</summary>
public static class OptionValues
{
    public static string? TimeZone(string option, string? value)
    {
        if (value is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(value, out _))
        {
            throw new UserInputException($"{option}: '{value}' is not an IANA time zone (e.g. Europe/Berlin, UTC)");
        }
        return value;
    }

    public static string? Date(string option, string? value)
    {
        if (value is not null && !DateOnly.TryParseExact(value, "yyyy-MM-dd", out _))
        {
            throw new UserInputException($"{option}: '{value}' is not a date (YYYY-MM-DD)");
        }
        return value;
    }
}
