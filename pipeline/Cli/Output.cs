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

    /// <summary>
    /// JSON for programs, the same way everywhere: indented, non-ASCII text as it is (a category like
    /// "Оплата" stays readable), written whole once <paramref name="write"/> is done.
    /// </summary>
    public static void WriteJson(TextWriter output, Action<System.Text.Json.Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(write);
        using var stream = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions
        {
            Indented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            write(json);
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Progress and decoration only when a person is watching.</summary>
    public static bool Interactive => !Console.IsOutputRedirected && !Console.IsErrorRedirected;
}
