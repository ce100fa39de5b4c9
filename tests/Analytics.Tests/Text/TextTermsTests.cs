using Analytics.Pipeline.Text;

namespace Analytics.Tests.Text;

/// <summary>
/// The terms of a text (docs/voc.md, "Words and phrases"): TextWords' words without stop words, by Snowball stem, and
/// two adjacent such words of a clause as a phrase, in English and Russian.
/// </summary>
public sealed class TextTermsTests
{
    private static List<(TermKind, string, string)> Terms(string text) =>
        [.. TextTerms.Of(text).Select(t => (t.Term.Kind, t.Term.Key, t.Surface))];

    [Fact]
    public void Long_delivery_is_a_phrase_and_its_words_are_terms_by_stem()
    {
        // "the" and "was" are Snowball stop words; "long", "delivery" stem to "long", "deliveri"; "late" to "late".
        Assert.Equal(
            [(TermKind.Word, "long", "long"), (TermKind.Word, "deliveri", "delivery"), (TermKind.Phrase, "long deliveri", "long delivery"),
             (TermKind.Word, "late", "late")],
            Terms("The long delivery was late"));
    }

    [Fact]
    public void Dolgaya_dostavka_is_a_phrase_in_russian_and_other_forms_share_its_stems()
    {
        // "очень" is no stop word of Snowball's Russian list; "и" is. Stems: долгая, долгую → "долг"; доставка,
        // доставку → "доставк"; очень → "очен".
        Assert.Equal(
            [(TermKind.Word, "долг", "долгая"), (TermKind.Word, "доставк", "доставка"), (TermKind.Phrase, "долг доставк", "долгая доставка")],
            Terms("Долгая доставка"));
        Assert.Equal(
            [(TermKind.Word, "очен", "очень"), (TermKind.Word, "долг", "долгую"), (TermKind.Phrase, "очен долг", "очень долгую"),
             (TermKind.Word, "доставк", "доставку"), (TermKind.Phrase, "долг доставк", "долгую доставку")],
            Terms("Очень долгую доставку и"));
    }

    [Fact]
    public void Stop_words_come_from_the_snowball_lists_and_the_products_additions()
    {
        Assert.True(StopWords.Contains(TextLanguage.English, "the"));
        Assert.True(StopWords.Contains(TextLanguage.English, "not"));
        Assert.True(StopWords.Contains(TextLanguage.English, "don't"));
        Assert.True(StopWords.Contains(TextLanguage.English, "please")); // support-en.txt
        Assert.False(StopWords.Contains(TextLanguage.English, "refund"));
        Assert.True(StopWords.Contains(TextLanguage.Russian, "и"));
        Assert.True(StopWords.Contains(TextLanguage.Russian, "не"));
        Assert.True(StopWords.Contains(TextLanguage.Russian, "ее"));           // written "её" in texts
        Assert.True(StopWords.Contains(TextLanguage.Russian, "здравствуйте")); // support-ru.txt
        Assert.False(StopWords.Contains(TextLanguage.Russian, "доставка"));
        // The lists as committed: Snowball's English has 174 words, its Russian 159; the product adds 32 and 10.
        Assert.Equal(174 + 32, StopWords.Count(TextLanguage.English));
        Assert.Equal(159 + 10, StopWords.Count(TextLanguage.Russian));
    }

    [Fact]
    public void Snowball_format_keeps_the_first_word_of_a_line_and_drops_comments()
    {
        Assert.Equal(["i", "me", "the"], StopWords.Parse(" | a comment\ni   | subject\n\nme\n   | only a comment\nThe  | upper case\n"));
    }

    [Fact]
    public void Stop_words_part_phrases_and_clauses_and_numbers_break_them()
    {
        // "delivery was late": "was" stands between, no phrase. A comma ends a clause. "12345" and "2fa" (letters glued
        // to digits, which TextWords would read as "fa") break a phrase and are no words.
        Assert.Equal(
            [(TermKind.Word, "deliveri", "delivery"), (TermKind.Word, "late", "late"), (TermKind.Word, "order", "order"),
             (TermKind.Word, "miss", "missing"), (TermKind.Word, "code", "code"), (TermKind.Word, "invalid", "invalid"),
             (TermKind.Phrase, "code invalid", "code invalid")],
            Terms("Delivery was late, order 12345 missing; 2fa code invalid"));
    }

    [Fact]
    public void A_word_is_read_in_the_language_of_its_script_and_yo_as_ye()
    {
        // A Russian ticket with an English product name: "iphone" is stemmed as English (unchanged), "заказа" as
        // Russian ("заказ"); "её" is "ее", a stop word; "ещё" is "еще", one too.
        Assert.Equal(
            [(TermKind.Word, "заказ", "заказа"), (TermKind.Word, "iphon", "iphone"), (TermKind.Phrase, "заказ iphon", "заказа iphone")],
            Terms("Её ещё нет: заказа iphone"));
    }

    [Fact]
    public void A_text_in_neither_language_and_words_of_one_letter_give_nothing()
    {
        Assert.Empty(Terms("le service est très lent")); // Latin, four words or more, no English function word
        Assert.Empty(Terms("12345 !!!"));
        Assert.Empty(Terms(""));
        Assert.Equal([(TermKind.Word, "tv", "tv")], Terms("a TV s"));
    }

    [Fact]
    public void A_tag_is_a_term_by_its_lower_case_and_its_stems_are_its_parts()
    {
        Assert.Equal(new TermOccurrence(new TermKey(TermKind.Tag, "card_declined"), "card_declined"), TextTerms.Tag("  Card_Declined "));
        Assert.Null(TextTerms.Tag("  "));
        Assert.Equal(["card", "declin"], TextTerms.Stems(new TermKey(TermKind.Tag, "card_declined")));
        Assert.Equal(["доставк", "2"], TextTerms.Stems(new TermKey(TermKind.Tag, "доставка-2")));
        Assert.Equal(["card", "declin"], TextTerms.Stems(new TermKey(TermKind.Phrase, "card declin")));
    }

    [Fact]
    public void An_excerpt_is_one_line_without_control_characters_cut_to_its_room()
    {
        Assert.Equal("Refund not received", TextExcerpt.Of("Refund\r\n not\treceived\u001b", 40));
        Assert.Equal("abc def", TextExcerpt.Of("\u202Eabc  def\u0007", 40)); // a bidirectional override is no character to show
        Assert.Equal("Refund no…", TextExcerpt.Of("Refund not received", 10));
        Assert.Equal("", TextExcerpt.Of(null, 10));
    }
}
