using Analytics.Pipeline.Text;

namespace Analytics.Tests.Text;

/// <summary>
/// The lexicon model on texts whose every word's valence is known (Text/Lexicons: rude −0.75 and help 0.25 in the
/// English lexicon, fast 0.4 and долг −0.6 in the product's corrections, вежлив 5/5 = 1 in the Russian one; the other
/// words carry none), so each score is worked out by hand: s / √(s² + 1) of the summed valences.
/// </summary>
public class LexiconSentimentTests
{
    [Theory]
    // rude: −0.75 → −0.75 / √1.5625 = −0.6
    [InlineData("The agent was rude.", -0.6, SentimentLabel.Negative)]
    // negated: −0.75 × −0.74 = 0.555 → 0.555 / √1.308025
    [InlineData("The agent was not rude", 0.485272, SentimentLabel.Positive)]
    // very: −0.75 × 1.5 = −1.125, held to −1 → −1 / √2
    [InlineData("The agent was very rude", -0.707107, SentimentLabel.Negative)]
    // didn't negates help: 0.25 × −0.74 = −0.185 → −0.185 / √1.034225
    [InlineData("It didn't help", -0.181913, SentimentLabel.Negative)]
    // the negation ends with its clause: fast 0.4 × −0.74 = −0.296, then rude −0.75: −1.046 / √2.094116
    [InlineData("Not fast. Rude.", -0.722822, SentimentLabel.Negative)]
    public void English_scores_follow_the_lexicon_negation_and_modifiers(string text, double expected, SentimentLabel label)
    {
        var score = LexiconSentiment.Score(text);
        Assert.Equal((expected, label, TextLanguage.English), (Math.Round(score.Score, 6), score.Label, score.Language));
    }

    [Fact]
    public void Russian_long_delivery_is_negative_and_a_polite_operator_outweighs_it()
    {
        // очень ×1.5 on долгая (долг −0.6) = −0.9; доставка, оператор carry none.
        var delivery = LexiconSentiment.Score("Очень долгая доставка");
        Assert.Equal((-0.668965, SentimentLabel.Negative, TextLanguage.Russian, 1), (Math.Round(delivery.Score, 6), delivery.Label, delivery.Language, delivery.LexiconWords));

        // −0.9 + вежливый (вежлив 1.0) = 0.1 → 0.1 / √1.01
        var both = LexiconSentiment.Score("Очень долгая доставка, оператор вежливый.");
        Assert.Equal((0.099504, SentimentLabel.Positive, 2), (Math.Round(both.Score, 6), both.Label, both.LexiconWords));

        // не turns вежливый around: 1.0 × −0.74
        var rude = LexiconSentiment.Score("Оператор не вежливый");
        Assert.Equal((-0.594843, SentimentLabel.Negative), (Math.Round(rude.Score, 6), rude.Label));
    }

    [Theory]
    [InlineData("Спасибо, всё хорошо", TextLanguage.Russian)]
    [InlineData("Thanks, all good", TextLanguage.English)]
    [InlineData("Заказ #123 (order) не пришёл", TextLanguage.Russian)]
    [InlineData("The parcel is late", TextLanguage.English)]
    public void The_language_is_the_script_most_letters_are_in(string text, TextLanguage language) =>
        Assert.Equal(language, LexiconSentiment.Detect(text));

    /// <summary>
    /// French, German: Latin letters but no English function word in four words or more: no language the lexicons
    /// read, so neutral rather than misread ("service" and "lent" are English stems with a tone).
    /// </summary>
    [Theory]
    [InlineData("Le service client est très lent")]
    [InlineData("Der Kundendienst war sehr langsam")]
    public void Another_latin_script_language_is_not_read_as_english(string text) =>
        Assert.Equal(new SentimentScore(0, SentimentLabel.Neutral, null, 0), LexiconSentiment.Score(text));

    /// <summary>
    /// Short French texts, and French ones with "a" or "on" (English function words too): the marks of another language
    /// outnumber the English function words, so no English lexicon reads them (real NPS comments, docs/voc.md).
    /// </summary>
    [Theory]
    [InlineData("rien a redire")]
    [InlineData("j'adore")]
    [InlineData("Très bien")]
    [InlineData("trop de monde a la caisse car j'ste une caissière de disponible")]
    [InlineData("Sehr gut")]
    public void A_short_or_mixed_text_of_another_language_is_not_english(string text) => Assert.Null(LexiconSentiment.Detect(text));

    [Theory]
    [InlineData("great service")]
    [InlineData("The café was great")]
    [InlineData("I bought a plant at la Boqueria")]
    public void English_stays_english_with_an_accent_or_a_foreign_name(string text) => Assert.Equal(TextLanguage.English, LexiconSentiment.Detect(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12345 ### 2026-11-09")]
    [InlineData(null)]
    public void A_text_without_letters_is_neutral_with_no_language(string? text) =>
        Assert.Equal(new SentimentScore(0, SentimentLabel.Neutral, null, 0), LexiconSentiment.Score(text));

    [Fact]
    public void A_text_in_a_known_script_without_lexicon_words_is_neutral()
    {
        // "to" has a valence in the source lexicon (0.375): a function word, which the corrections hold to none.
        var score = LexiconSentiment.Score("Ticket 42 went to the billing queue");
        Assert.Equal((SentimentLabel.Neutral, TextLanguage.English), (score.Label, score.Language));
        Assert.Equal((0.0, 0), (score.Score, score.LexiconWords));
    }
}
