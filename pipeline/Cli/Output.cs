using System.CommandLine;

namespace Analytics.Pipeline.Cli;

/// <summary>How a command prints its results (<c>--format</c>).</summary>
public enum OutputFormat
{
    /// <summary>For people: a table.</summary>
    Table,
    Json,
    Csv,
    /// <summary>A Parquet file (<c>analytics sql --out</c>).</summary>
    Parquet,
}

/// <summary>The <c>--format</c> option shared by commands that print results.</summary>
public static class Output
{
    /// <summary>The <c>--format</c> option accepting <paramref name="formats"/> by their text; read it with <see cref="Format"/>.</summary>
    public static Option<string> FormatOption(OutputFormat defaultFormat, params OutputFormat[] formats)
    {
        var texts = formats.Select(f => f.Text()).ToArray();
        var option = new Option<string>("--format")
        {
            Description = "Output format: " + string.Join(", ", texts),
            DefaultValueFactory = _ => defaultFormat.Text(),
        };
        option.AcceptOnlyFromAmong(texts);
        return option;
    }

    /// <summary>The format given to an option made by <see cref="FormatOption"/>, or its default.</summary>
    public static OutputFormat Format(ParseResult parse, Option<string> option) => OptionValues.Value<OutputFormat>(parse, option);

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
