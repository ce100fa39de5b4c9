using System.CommandLine;

namespace Analytics.Pipeline.Cli;

/// <summary>Checks of option values; a wrong one is a usage error naming the option.</summary>
public static class OptionValues
{
    /// <summary>
    /// An option taking one value of a closed set by its text (docs/architecture.md): it accepts, completes and shows as
    /// its default the set's texts; <see cref="Value{T}"/> gives the enum.
    /// </summary>
    public static Option<string> OneOf<T>(string name, string description, T defaultValue) where T : struct, Enum
    {
        var option = new Option<string>(name) { Description = description, DefaultValueFactory = _ => defaultValue.Text() };
        option.AcceptOnlyFromAmong([.. ClosedSet.Texts<T>()]);
        return option;
    }

    /// <summary>As <see cref="OneOf{T}(string, string, T)"/>, for an option that may be left out.</summary>
    public static Option<string?> OneOf<T>(string name, string description) where T : struct, Enum
    {
        var option = new Option<string?>(name) { Description = description };
        option.AcceptOnlyFromAmong([.. ClosedSet.Texts<T>()]);
        return option;
    }

    /// <summary>The value given to an option made by <c>OneOf</c>, or its default when left out.</summary>
    public static T Value<T>(ParseResult parse, Option<string> option) where T : struct, Enum =>
        ClosedSet.Parse<T>(parse.GetValue(option)!);

    /// <summary>The value given to an option made by <c>OneOf</c> without a default; null when left out.</summary>
    public static T? ValueOrNull<T>(ParseResult parse, Option<string?> option) where T : struct, Enum =>
        parse.GetValue(option) is { } text ? ClosedSet.Parse<T>(text) : null;

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

    /// <summary>A date option's value as a day (YYYY-MM-DD), or a usage error naming the option.</summary>
    public static DateOnly Day(string option, string value) =>
        Configuration.LocalDate.Parse(Date(option, value)!);
}
