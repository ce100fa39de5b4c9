namespace Analytics.Pipeline.SampleData;

/// <summary>
/// NPS answers: each day about <see cref="Knobs.NpsMonthlyShare"/>/30 of the active customers answer,
/// and a customer whose tickets so far went badly answers lower.
/// </summary>
internal sealed class NpsSampler(CustomerBook customers, ReportingZone zone, SampleTexts texts)
{
    private readonly long[] _churnedSorted = customers.Churned.Order().ToArray();

    /// <summary>Counts the ticket towards its customer's experience.</summary>
    public void Record(Ticket t)
    {
        if (t.Status == TicketStatus.Deleted)
        {
            return;
        }
        var bad = t.Story is TicketStory.Reopened or TicketStory.Unanswered or TicketStory.Slow || t.Csat?.Score <= 2;
        customers.Tickets[t.Customer]++;
        customers.BadTickets[t.Customer] += bad ? 1 : 0;
    }

    public IEnumerable<SurveyResponse> Day(DateOnly day, SeededRandom rng)
    {
        var dayStart = ReportingZone.Seconds(day);
        var noonUtc = zone.ToUtc(dayStart + (12 * 3600));
        var active = customers.CountCreatedBefore(noonUtc) - ChurnedBefore(noonUtc);
        var count = rng.Poisson(active * Knobs.NpsMonthlyShare / Knobs.DaysPerMonth);
        var answers = new List<(long At, SurveyResponse Response)>(count);
        for (var i = 0; i < count; i++)
        {
            // Answers come in from 07:00 to 22:00 local.
            var at = zone.ToUtc(dayStart + (7 * 3600) + rng.Next(15 * 3600));
            var eligible = customers.CountCreatedBefore(at);
            for (var attempt = 0; attempt < 20 && eligible > 0; attempt++)
            {
                var c = rng.Next(eligible);
                if (customers.IsActive(c, at))
                {
                    var tickets = customers.Tickets[c];
                    var badShare = tickets == 0 ? 0.0 : (double)customers.BadTickets[c] / tickets;
                    answers.Add((at, SurveyModel.Nps(rng, texts, c, customers.SegmentOf[c], badShare, at)));
                    break;
                }
            }
        }
        return answers.OrderBy(a => a.At).Select(a => a.Response);
    }

    private int ChurnedBefore(long at)
    {
        var i = Array.BinarySearch(_churnedSorted, at);
        return i < 0 ? ~i : i;
    }
}
