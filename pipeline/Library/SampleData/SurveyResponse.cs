namespace Analytics.Pipeline.SampleData;

internal enum SurveyKind { Csat, Nps, Ces }

/// <summary>One survey answer. Ticket 0 and agent -1 mean "not about a ticket" (NPS).</summary>
internal sealed record SurveyResponse(
    SurveyKind Kind, int Score, long Responded, long TicketNumber, int Customer, int Agent, string? Comment)
{
    public int ScaleMax => Kind switch { SurveyKind.Csat => 5, SurveyKind.Nps => 10, _ => 7 };

    public string Name => Kind switch { SurveyKind.Csat => "csat", SurveyKind.Nps => "nps", _ => "ces" };
}
