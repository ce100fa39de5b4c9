namespace Analytics.Pipeline.SampleData;

internal enum TicketStatus { New, Open, Pending, Hold, Solved, Closed, Deleted }

/// <summary>
/// How a ticket went for its customer, which what they write follows (<see cref="SampleTexts"/>) and their NPS too:
/// reopened, never answered, slow (first response or resolution), quick (solved at the first reply, answered fast)
/// or neither.
/// </summary>
internal enum TicketStory { Quick, Ordinary, Slow, Unanswered, Reopened }

/// <summary>
/// One generated ticket as it stands at the export moment. Times are UTC seconds since 0001-01-01;
/// null when the event has not happened by then. Indices point into <see cref="Catalog"/> (-1 = none).
/// </summary>
internal sealed class Ticket
{
    public long Number;
    public long CreatedLocal;
    public long Created;
    public long Updated;
    public long? FirstResponse;
    public long? FirstSolved;
    public long? Solved;
    public long? Closed;
    public TicketStatus Status;

    public int Channel;
    public int Category = -1;
    public int Priority = -1;
    public int Team;
    public int Agent = -1;
    public int Customer;
    public int Product;
    public int Reopens;
    public int AgentReplies;
    public SubjectLine Subject = null!;

    /// <summary>The customer's first message (<see cref="SampleTexts.Description"/>).</summary>
    public string? Description;
    public bool Vip;
    public bool Spike;

    /// <summary>Business seconds from creation to the first response, when answered.</summary>
    public long? FirstResponseBusinessSeconds;

    /// <summary>Business seconds from creation to the latest solve, when solved.</summary>
    public long? ResolutionBusinessSeconds;

    /// <summary>The CSAT answer to the latest solve (also shown by the vendor formats), if any.</summary>
    public SurveyResponse? Csat;
    public SurveyResponse? Ces;

    /// <summary>Zendesk's "Offered": a survey went out for this solve but was not answered.</summary>
    public bool SurveyOfferedOnly;

    public bool IsSolvedOrClosed => Status is TicketStatus.Solved or TicketStatus.Closed;

    /// <summary>How it went, once its life is played (<see cref="TicketLifecycle"/>).</summary>
    public TicketStory Story =>
        Reopens > 0 ? TicketStory.Reopened
        : FirstResponse is null ? TicketStory.Unanswered
        : FirstResponseBusinessSeconds > Knobs.SlowFirstResponseBusinessHours * 3600
          || ResolutionBusinessSeconds > Knobs.SlowResolutionBusinessHours * 3600 ? TicketStory.Slow
        : Solved is not null && AgentReplies == 1 && FirstResponseBusinessSeconds <= Knobs.QuickFirstResponseBusinessHours * 3600 ? TicketStory.Quick
        : TicketStory.Ordinary;
}
