namespace Analytics.Tests.Domain;

public sealed class ClosedSetTests
{
    private enum Sample
    {
        Firing,
        FeedStopped,
        VolumeDrop,
    }

    [Fact]
    public void A_value_is_written_in_lower_case_with_its_words_joined_by_hyphens()
    {
        Assert.Equal(["firing", "feed-stopped", "volume-drop"], ClosedSet.Texts<Sample>());
        Assert.Equal("feed-stopped", Sample.FeedStopped.Text());
        Assert.Equal(["day", "week", "month"], ClosedSet.Texts<Grain>());
        Assert.Equal("business", HoursBasis.Business.Text());
    }

    [Fact]
    public void Text_is_read_back_exactly_and_anything_else_is_refused_with_the_texts_allowed()
    {
        Assert.Equal(Sample.VolumeDrop, ClosedSet.Parse<Sample>("volume-drop"));
        Assert.False(ClosedSet.TryParse<Sample>("VolumeDrop", out _));
        Assert.False(ClosedSet.TryParse<Sample>(null, out _));
        var error = Assert.Throws<FormatException>(() => ClosedSet.Parse<Dimension>("agents"));
        Assert.Equal("'agents' is not one of channel, category, priority, team, agent, source", error.Message);
    }

    [Fact]
    public void A_value_outside_the_set_has_no_text()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Grain)7).Text());
    }

    [Theory]
    [InlineData("2026-11-09", Grain.Week, "2026-W46")]
    [InlineData("2026-12-28", Grain.Week, "2026-W53")]
    [InlineData("2027-01-03", Grain.Week, "2026-W53")]
    [InlineData("2026-11-01", Grain.Month, "2026-11")]
    [InlineData("2026-11-09", Grain.Day, "2026-11-09")]
    public void A_period_is_named_by_its_grain(string start, Grain grain, string expected)
    {
        Assert.Equal(expected, PeriodLabel.Of(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), grain));
    }

    private sealed record Row(Sample State, HoursBasis? Hours);

    [Fact]
    public void Json_carries_the_text_both_ways()
    {
        var options = new System.Text.Json.JsonSerializerOptions { Converters = { new ClosedSetJsonConverter() } };

        var json = System.Text.Json.JsonSerializer.Serialize(new Row(Sample.FeedStopped, HoursBasis.Business), options);

        Assert.Equal("""{"State":"feed-stopped","Hours":"business"}""", json);
        Assert.Equal(new Row(Sample.VolumeDrop, null), System.Text.Json.JsonSerializer.Deserialize<Row>("""{"State":"volume-drop","Hours":null}""", options));
        Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<Row>("""{"State":"VolumeDrop"}""", options));
    }
}
