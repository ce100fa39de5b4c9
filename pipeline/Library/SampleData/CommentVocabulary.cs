namespace Analytics.Pipeline.SampleData;

/// <summary>
/// Survey comments by sentiment. A few hold commas, quotes, umlauts and one a line break, as real
/// free-text answers do.
/// </summary>
internal static class CommentVocabulary
{
    public static readonly string[] GoodComments =
    [
        "Quick and friendly, thanks!", "Solved in one reply. Great.", "The agent was super helpful.",
        "Fast answer, clear steps, problem gone.", "Sehr schnelle Hilfe, danke!", "Exactly what I needed, thank you",
    ];

    public static readonly string[] MixedComments =
    [
        "OK in the end, but it took a while.", "Had to explain the issue twice.", "Fine, though the \"help\" article was outdated.",
    ];

    public static readonly string[] BadComments =
    [
        "Took days to get an answer.", "Still not fixed, ticket was closed anyway.", "I was passed around between three agents.",
        "Reopened twice. Not happy.", "Slow, and the first answer did not read my question.\nPlease improve.",
    ];

    public static readonly string[] NpsPromoterComments =
    [
        "Great product and support.", "Easy to use, support answers fast.", "Recommended it to two colleagues already.",
    ];

    public static readonly string[] NpsDetractorComments =
    [
        "Too many bugs lately.", "Support is slow, pricing went up.", "Login problems again, very frustrating.",
    ];
}
