using Analytics.Pipeline.Configuration;
using Microsoft.Extensions.Configuration;

namespace Analytics.Tests.Cli;

public sealed class SettingsTests
{
    private static AnalyticsSettings Bind(Dictionary<string, string?> values) =>
        SettingsLoader.Bind(new ConfigurationBuilder().AddInMemoryCollection(values).Build());

    [Fact]
    public void Defaults_are_utc_and_no_sources()
    {
        var settings = Bind([]);

        Assert.Equal("UTC", settings.Reporting.TimeZone);
        Assert.Empty(settings.Sources);
    }

    [Fact]
    public void Sources_bind_with_their_reading_options()
    {
        var settings = Bind(new()
        {
            ["Reporting:TimeZone"] = "Europe/Berlin",
            ["Sources:0:Name"] = "botanic",
            ["Sources:0:Vendor"] = "NPS",
            ["Sources:0:Encoding"] = "latin1",
            ["Sources:0:SurveyDate"] = "2016-06-01",
            ["Sources:0:TimeZone"] = "Europe/Paris",
        });

        Assert.Equal("Europe/Berlin", settings.Reporting.TimeZone);
        var source = Assert.Single(settings.Sources);
        Assert.Equal(("botanic", "nps", "latin1", "2016-06-01", "Europe/Paris"), (source.Name, source.Vendor, source.Encoding, source.SurveyDate, source.TimeZone));
    }

    [Theory]
    [InlineData("Reporting:TimeZone", "Mars/Olympus", "Reporting:TimeZone: 'Mars/Olympus' is not an IANA time zone")]
    [InlineData("Sources:0:Vendor", "jira", "Sources:0:Vendor: 'jira' is not one of auto, canonical, zendesk, freshdesk, servicenow, nps")]
    [InlineData("Sources:0:Encoding", "klingon", "Sources:0:Encoding: 'klingon' is not a known text encoding")]
    [InlineData("Sources:0:SurveyDate", "01.06.2016", "Sources:0:SurveyDate: '01.06.2016' is not a date (YYYY-MM-DD)")]
    [InlineData("Sources:0:TimeZone", "CEST+2", "Sources:0:TimeZone: 'CEST+2' is not an IANA time zone")]
    public void A_wrong_value_is_reported_with_its_key(string key, string value, string message)
    {
        var values = new Dictionary<string, string?> { ["Sources:0:Name"] = "s", [key] = value };

        var ex = Assert.Throws<ConfigurationException>(() => Bind(values));

        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_config_file_given_explicitly_is_an_error()
    {
        var ex = Assert.Throws<ConfigurationException>(() => SettingsLoader.Load("/nonexistent/analytics.json", Path.GetTempPath()));
        Assert.Contains("/nonexistent/analytics.json", ex.Message, StringComparison.Ordinal);
    }
}
