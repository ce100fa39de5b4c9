using System.Text.Json;

namespace Analytics.Pipeline.Cli;

/// <summary>Fields of the commands' JSON output that may have no value: a missing (or non-finite) figure is null.</summary>
public static class JsonFields
{
    public static void NumberOrNull(this Utf8JsonWriter json, string name, double? value)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public static void StringOrNull(this Utf8JsonWriter json, string name, DateTimeOffset? value)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (value is { } v)
        {
            json.WriteString(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
