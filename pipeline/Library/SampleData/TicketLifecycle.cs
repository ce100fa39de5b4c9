namespace Analytics.Pipeline.SampleData;

/// <summary>
/// Plays a ticket's life from creation up to the export moment (<c>now</c>, the last day's 23:59:59
/// local): first response and solve walk the business calendar, reopens and auto-close run on the
/// wall clock, and anything that would happen after <c>now</c> has not happened yet.
/// </summary>
internal sealed class TicketLifecycle(ReportingZone zone, long now, SampleTexts texts)
{
    private const long Minute = 60, Hour = 3600;

    public void Play(Ticket t, SeededRandom rng)
    {
        var channel = Catalog.Channels[t.Channel];
        var priority = t.Priority >= 0 ? Catalog.Priorities[t.Priority] : Catalog.Priorities[1];
        var category = t.Category >= 0 ? Catalog.Categories[t.Category].ResolutionFactor : 1.0;
        var ageDays = (double)(now - t.Created) / ReportingZone.Day;

        if (rng.Chance(Knobs.DeletedShare))
        {
            Unanswered(t, TicketStatus.Deleted, rng);
            return;
        }
        if (rng.Chance(Knobs.NeverAnsweredShare + (Knobs.NeverAnsweredRecentExtra * Math.Exp(-ageDays / Knobs.NeverAnsweredRecentDays))))
        {
            Unanswered(t, rng.Chance(0.75) ? TicketStatus.New : TicketStatus.Open, rng);
            return;
        }

        var frtSeconds = Seconds(rng.LogNormal(Knobs.FirstResponseMedianMinutes * priority.FirstResponseFactor * channel.FirstResponseFactor, Knobs.FirstResponseSigma) * Minute, 30);
        var firstResponse = zone.ToUtc(BusinessClock.Add(t.CreatedLocal, frtSeconds));
        if (firstResponse > now)
        {
            Unanswered(t, TicketStatus.New, rng);
            return;
        }
        t.FirstResponse = firstResponse;
        t.FirstResponseBusinessSeconds = frtSeconds;

        var median = Knobs.ResolutionMedianMinutes * priority.ResolutionFactor * channel.ResolutionFactor * category;
        var solveSeconds = Math.Max(Seconds(rng.LogNormal(median, Knobs.ResolutionSigma) * Minute, 0), frtSeconds + Seconds(rng.Exponential(8 * Minute), 30));
        var firstSolve = zone.ToUtc(BusinessClock.Add(t.CreatedLocal, solveSeconds));
        if (rng.Chance(Knobs.StalledShare + (Knobs.StalledRecentExtra * Math.Exp(-ageDays / Knobs.StalledRecentDays))) || firstSolve > now)
        {
            t.Status = rng.NextDouble() switch { < 0.45 => TicketStatus.Open, < 0.85 => TicketStatus.Pending, _ => TicketStatus.Hold };
            t.AgentReplies = 1 + rng.NegativeBinomial(0.8, 2);
            t.Updated = Math.Min(now, firstResponse + Seconds(rng.Exponential(20 * Hour), 0));
            return;
        }

        t.FirstSolved = firstSolve;
        var solved = firstSolve;
        var planned = rng.Chance(Knobs.ReopenShare) ? (rng.Chance(Knobs.SecondReopenShare) ? 2 : 1) : 0;
        for (var i = 0; i < planned; i++)
        {
            var delay = Math.Clamp(rng.LogNormal(Knobs.ReopenDelayMedianHours, 0.9), 0.2, Knobs.ReopenDelayMaxHours);
            var reopened = solved + Seconds(delay * Hour, 60);
            if (reopened > now)
            {
                break;
            }
            t.Reopens++;
            var rework = Seconds(rng.LogNormal(Knobs.ReworkMedianMinutes * priority.ResolutionFactor, Knobs.ReworkSigma) * Minute, 5 * Minute);
            var next = zone.ToUtc(BusinessClock.Add(zone.ToLocal(reopened), rework));
            if (next > now)
            {
                // Reopened and still being worked on: it was solved once, but is not solved now.
                t.Status = TicketStatus.Open;
                t.AgentReplies = 1 + t.Reopens + rng.NegativeBinomial(0.6, 2);
                t.Updated = reopened;
                return;
            }
            solved = next;
        }

        t.Solved = solved;
        t.ResolutionBusinessSeconds = BusinessClock.Between(t.CreatedLocal, zone.ToLocal(solved));
        var closed = solved + (Knobs.AutoCloseDays * ReportingZone.Day) + rng.Next((int)Hour);
        t.Status = closed <= now ? TicketStatus.Closed : TicketStatus.Solved;
        t.Closed = closed <= now ? closed : null;
        t.AgentReplies = t.Reopens > 0 ? 1 + t.Reopens + rng.NegativeBinomial(1.0, 2) : RepliesWhenNeverReopened(solveSeconds - frtSeconds, rng);
        t.Updated = t.Closed ?? solved;
        SurveyModel.AskAfterSolve(t, now, rng, texts);
    }

    private static int RepliesWhenNeverReopened(long secondsAfterFirstReply, SeededRandom rng)
    {
        var oneTouch = secondsAfterFirstReply <= Hour ? Knobs.OneTouchQuick
            : secondsAfterFirstReply <= 9 * Hour ? Knobs.OneTouchSameDay
            : Knobs.OneTouchSlow;
        return rng.Chance(oneTouch) ? 1 : 2 + rng.NegativeBinomial(1.2, 2);
    }

    private void Unanswered(Ticket t, TicketStatus status, SeededRandom rng)
    {
        t.Status = status;
        if (status is TicketStatus.New or TicketStatus.Deleted)
        {
            t.Agent = -1;
        }
        // The customer may have chased it (or an admin deleted it) some time later.
        t.Updated = Math.Min(now, t.Created + Seconds(rng.Exponential(6 * Hour), 0));
    }

    private static long Seconds(double value, long minimum) => Math.Max(minimum, (long)Math.Round(value));
}
