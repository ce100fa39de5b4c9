using Analytics.Pipeline.Configuration;
using Microsoft.Extensions.Configuration;

namespace Analytics.Tests.Alerts;

/// <summary>The "Alerts:NegativeShare" section (docs/alerts.md, "Negative share"): defaults, binding, and errors naming their key.</summary>
public class NegativeShareSettingsTests
{
    private static AnalyticsSettings Bind(Dictionary<string, string?> values) =>
        SettingsLoader.Bind(new ConfigurationBuilder().AddInMemoryCollection(values).Build());

    [Fact]
    public void Defaults_are_5_negative_texts_5_points_and_1_5_times()
    {
        var gates = Bind([]).Alerts.NegativeShare;

        Assert.Equal(5, gates.MinNegative);
        Assert.Equal(5, gates.MinRisePoints);
        Assert.Equal(1.5, gates.MinRatio);
    }

    [Fact]
    public void Values_are_bound_from_the_section_beside_the_volume_gates()
    {
        var alerts = Bind(new()
        {
            ["Alerts:MinRatio"] = "2",
            ["Alerts:NegativeShare:MinNegative"] = "8",
            ["Alerts:NegativeShare:MinRisePoints"] = "10.5",
            ["Alerts:NegativeShare:MinRatio"] = "1.25",
        }).Alerts;

        Assert.Equal(new AlertSettings { MinRatio = 2, NegativeShare = new NegativeShareSettings { MinNegative = 8, MinRisePoints = 10.5, MinRatio = 1.25 } }, alerts);
    }

    [Theory]
    [InlineData("Alerts:NegativeShare:MinNegative", "-1")]
    [InlineData("Alerts:NegativeShare:MinNegative", "2.5")]
    [InlineData("Alerts:NegativeShare:MinNegative", "many")]
    [InlineData("Alerts:NegativeShare:MinRisePoints", "-3")]
    [InlineData("Alerts:NegativeShare:MinRisePoints", "101")]
    [InlineData("Alerts:NegativeShare:MinRisePoints", "NaN")]
    [InlineData("Alerts:NegativeShare:MinRatio", "0.9")]
    [InlineData("Alerts:NegativeShare:MinRatio", "x")]
    public void A_wrong_value_is_reported_naming_its_key(string key, string value)
    {
        var ex = Assert.Throws<ConfigurationException>(() => Bind(new() { [key] = value }));
        Assert.StartsWith(key + ":", ex.Message, StringComparison.Ordinal);
    }
}
