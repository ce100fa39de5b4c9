using System.Text;
using Microsoft.Extensions.Configuration;

namespace Analytics.Pipeline.Configuration;

/// <summary>Checks of single values, each naming the key that holds the wrong value.</summary>
public static class SettingsValidation
{
    public static string TimeZone(IConfiguration section, string key, string fallback, string? displayKey = null)
    {
        var value = section[key];
        if (value is null)
        {
            return fallback;
        }
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(value, out _))
        {
            throw new ConfigurationException($"{displayKey ?? key}: '{value}' is not an IANA time zone (e.g. Europe/Berlin, UTC)");
        }
        return value;
    }

    /// <summary>Resolves an encoding name (utf-8, latin1, windows-1251, ...) or fails naming the key.</summary>
    public static Encoding Encoding(string key, string name)
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var normalised = name.Trim().ToLowerInvariant() switch
        {
            "latin1" or "latin-1" => "iso-8859-1",
            var other => other,
        };
        try
        {
            return System.Text.Encoding.GetEncoding(normalised);
        }
        catch (ArgumentException)
        {
            throw new ConfigurationException($"{key}: '{name}' is not a known text encoding (e.g. utf-8, latin1, windows-1251)");
        }
    }
}
