namespace Analytics.Pipeline.SampleData;

/// <summary>
/// How customers answer surveys: scores are a latent satisfaction (worse for slow or reopened
/// tickets, for NPS a worse ticket history) plus noise, rounded onto the survey's scale.
/// </summary>
internal static class SurveyModel
{
    /// <summary>
    /// After the latest solve: some customers answer the CSAT survey, fewer a CES one, a while later
    /// (no answer yet if that would be after <paramref name="now"/>).
    /// </summary>
    public static void AskAfterSolve(Ticket t, long now, SeededRandom rng, SampleTexts texts)
    {
        var solved = t.Solved!.Value;
        if (rng.Chance(Knobs.CsatShare))
        {
            var at = solved + AnswerDelay(rng);
            t.Csat = at <= now ? Csat(rng, texts, t, at) : null;
        }
        t.SurveyOfferedOnly = t.Csat is null && rng.Chance(Knobs.OfferedWithoutRatingShare);
        if (rng.Chance(Knobs.CesShare))
        {
            var at = solved + AnswerDelay(rng);
            t.Ces = at <= now ? Ces(rng, texts, t, at) : null;
        }
        t.Updated = Math.Max(t.Updated, Math.Max(t.Csat?.Responded ?? 0, t.Ces?.Responded ?? 0));
    }

    private static long AnswerDelay(SeededRandom rng) =>
        Math.Max(60, (long)Math.Round(rng.LogNormal(Knobs.SurveyDelayMedianHours, 1.2) * 3600));

    public static SurveyResponse Csat(SeededRandom rng, SampleTexts texts, Ticket ticket, long responded)
    {
        var latent = 4.65 - (0.32 * Slowness(ticket)) - (0.9 * ticket.Reopens)
            - (ticket.FirstResponseBusinessSeconds > 9 * 3600 ? 0.35 : 0) + (0.8 * rng.Normal());
        var score = Scale(latent, 1, 5);
        var comment = Comment(rng, texts, score >= 4 ? CommentMood.Good : score == 3 ? CommentMood.Mixed : CommentMood.Bad, ticket, ticket.Customer);
        return new SurveyResponse(SurveyKind.Csat, score, responded, ticket.Number, ticket.Customer, ticket.Agent, comment);
    }

    public static SurveyResponse Ces(SeededRandom rng, SampleTexts texts, Ticket ticket, long responded)
    {
        var latent = 5.7 - (0.35 * Slowness(ticket)) - (0.8 * ticket.Reopens)
            - (0.2 * Math.Min(ticket.AgentReplies - 1, 4)) + rng.Normal();
        var score = Scale(latent, 1, 7);
        var comment = Comment(rng, texts, score >= 5 ? CommentMood.Good : score == 4 ? CommentMood.Mixed : CommentMood.Bad, ticket, ticket.Customer);
        return new SurveyResponse(SurveyKind.Ces, score, responded, ticket.Number, ticket.Customer, ticket.Agent, comment);
    }

    /// <param name="badShare">Share of the customer's tickets so far that went badly (0 without tickets).</param>
    public static SurveyResponse Nps(SeededRandom rng, SampleTexts texts, int customer, Segment segment, double badShare, long responded)
    {
        var segmentBonus = segment switch { Segment.Enterprise => 0.5, Segment.MidMarket => 0.3, _ => 0.0 };
        var latent = 8.8 + segmentBonus - (3.0 * badShare) + (1.7 * rng.Normal());
        var score = Scale(latent, 0, 10);
        var comment = Comment(rng, texts, score >= 9 ? CommentMood.Promoter : score <= 6 ? CommentMood.Detractor : CommentMood.Passive, null, customer);
        return new SurveyResponse(SurveyKind.Nps, score, responded, 0, customer, -1, comment);
    }

    /// <summary>0 for a ticket solved at once, about 1 at 1.5 business days, growing slowly after.</summary>
    private static double Slowness(Ticket ticket) =>
        Math.Log(1.0 + ((ticket.ResolutionBusinessSeconds ?? 0) / (9.0 * 3600)));

    private static int Scale(double latent, int min, int max) => Math.Clamp((int)Math.Round(latent), min, max);

    /// <summary>
    /// Whether the customer wrote a comment, and if so what (<see cref="SampleTexts.Comment"/>). Two draws of the
    /// ticket's stream, as when they picked one of a few fixed comments, so that every draw after them, and every
    /// figure of the sample, stays as it was; the second keys the comment's own stream, which the text comes from.
    /// </summary>
    private static string? Comment(SeededRandom rng, SampleTexts texts, CommentMood mood, Ticket? ticket, int customer) =>
        rng.Chance(Knobs.CommentShare) ? texts.Comment(rng.NextUInt64(), mood, ticket, customer) : null;
}
