using Analytics.Reports.Document;

namespace Analytics.Tests.Reports;

/// <summary>How a customer's text is shown as one line of the report's "What stands out" table.</summary>
public class VoiceExcerptTests
{
    [Theory]
    [InlineData("Still waiting", "“Still waiting”")]
    [InlineData("  line one\r\n\r\nline\ttwo  ", "“line one line two”")]
    [InlineData("bell\u0007and\u200Bzero-width", "“bell and zero-width”")]
    [InlineData("<script>alert(1)</script>", "“<script>alert(1)</script>”")]
    public void Control_characters_and_line_breaks_become_single_spaces(string text, string shown) =>
        Assert.Equal(shown, VoiceRegion.Excerpt(text));

    [Fact]
    public void A_long_text_is_cut_with_an_ellipsis_at_the_limit()
    {
        // 20 words of 4 letters, a space after each but the last: 99 characters, over the 90 of the room: the first 89
        // characters ("slow " 17 times and "slow", the space after it trimmed) and "…".
        var shown = VoiceRegion.Excerpt(string.Join(' ', Enumerable.Repeat("slow", 20)));

        Assert.Equal("“" + string.Join(' ', Enumerable.Repeat("slow", 18)) + "…”", shown);
    }

    [Fact]
    public void A_long_word_is_cut_at_the_limit()
    {
        var shown = VoiceRegion.Excerpt(new string('x', 200));

        Assert.Equal("“" + new string('x', VoiceRegion.ExampleLength - 1) + "…”", shown);
    }
}
