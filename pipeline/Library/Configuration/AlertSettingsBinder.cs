using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Analytics.Pipeline.Configuration;

/// <summary>Binds and checks the "Alerts" section; every error names its key.</summary>
public static class AlertSettingsBinder
{
    public static AlertSettings Bind(IConfiguration root)
    {
        var section = root.GetSection("Alerts");
        var defaults = new AlertSettings();
        var alpha = section["Alpha"] is { } a ? Number("Alerts:Alpha", a) : defaults.Alpha;
        if (alpha is <= 0 or >= 1)
        {
            throw new ConfigurationException($"Alerts:Alpha: '{section["Alpha"]}' is not a probability between 0 and 1 (exclusive), e.g. 0.01");
        }
        var minExcess = section["MinExcess"] is { } e ? Number("Alerts:MinExcess", e) : defaults.MinExcess;
        if (minExcess < 0)
        {
            throw new ConfigurationException($"Alerts:MinExcess: '{section["MinExcess"]}' is not a number of tickets of at least 0");
        }
        var minRatio = section["MinRatio"] is { } r ? Number("Alerts:MinRatio", r) : defaults.MinRatio;
        if (minRatio < 1)
        {
            throw new ConfigurationException($"Alerts:MinRatio: '{section["MinRatio"]}' is not a ratio of at least 1, e.g. 1.5");
        }
        var cooldown = defaults.CooldownHours;
        if (section["CooldownHours"] is { } c
            && (!int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out cooldown) || cooldown > 24 * 365))
        {
            throw new ConfigurationException($"Alerts:CooldownHours: '{c}' is not a whole number of hours from 0 to 8760");
        }
        return new AlertSettings { Alpha = alpha, MinExcess = minExcess, MinRatio = minRatio, CooldownHours = cooldown, NegativeShare = BindNegativeShare(section.GetSection("NegativeShare")) };
    }

    private static NegativeShareSettings BindNegativeShare(IConfigurationSection section)
    {
        var defaults = new NegativeShareSettings();
        var minNegative = defaults.MinNegative;
        if (section["MinNegative"] is { } n
            && (!int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out minNegative) || minNegative > 1_000_000))
        {
            throw new ConfigurationException($"Alerts:NegativeShare:MinNegative: '{n}' is not a whole number of negative texts of at least 0, e.g. 5");
        }
        var minRise = section["MinRisePoints"] is { } r ? Number("Alerts:NegativeShare:MinRisePoints", r) : defaults.MinRisePoints;
        if (minRise is < 0 or > 100)
        {
            throw new ConfigurationException($"Alerts:NegativeShare:MinRisePoints: '{section["MinRisePoints"]}' is not a number of percentage points from 0 to 100, e.g. 5");
        }
        var minRatio = section["MinRatio"] is { } m ? Number("Alerts:NegativeShare:MinRatio", m) : defaults.MinRatio;
        if (minRatio < 1)
        {
            throw new ConfigurationException($"Alerts:NegativeShare:MinRatio: '{section["MinRatio"]}' is not a ratio of at least 1, e.g. 1.5");
        }
        return new NegativeShareSettings { MinNegative = minNegative, MinRisePoints = minRise, MinRatio = minRatio };
    }

    private static double Number(string key, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new ConfigurationException($"{key}: '{text}' is not a number");
}
