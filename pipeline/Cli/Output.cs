using System.CommandLine;

namespace Analytics.Pipeline.Cli;

/// <summary>The <c>--format</c> option shared by commands that print results.</summary>
public static class Output
{
    public static Option<string> FormatOption(string defaultFormat, params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = "Output format: " + string.Join(", ", formats),
            DefaultValueFactory = _ => defaultFormat,
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary>Progress and decoration only when a person is watching.</summary>
    public static bool Interactive => !Console.IsOutputRedirected && !Console.IsErrorRedirected;
}
