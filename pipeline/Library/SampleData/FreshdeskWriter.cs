namespace Analytics.Pipeline.SampleData;

/// <summary>
/// freshdesk_tickets.csv shaped like a Freshdesk ticket export: local times day first without
/// offset (dd/MM/yyyy HH:mm), business-hours durations as H:MM:SS, Freshdesk's own status, priority
/// and source names, comma-separated tags, and the CSAT answer as a smiley label. Deleted (trashed)
/// tickets are not exported; there are no survey or customer files.
/// </summary>
internal sealed class FreshdeskWriter(string outDir, ReportingZone zone)
    : VendorTicketWriter(Path.Combine(outDir, "freshdesk_tickets.csv"), Header)
{
    public static readonly string[] Header =
    [
        "Ticket ID", "Subject", "Description", "Status", "Priority", "Source", "Type", "Agent", "Group", "Created time", "Due by Time",
        "Resolved time", "Closed time", "Last update time", "Initial response time", "First response time (in hrs)",
        "Resolution time (in hrs)", "Agent interactions", "Customer interactions", "Resolution status",
        "First response status", "Tags", "Survey results", "Product", "Contact ID", "Company Name",
    ];

    private static readonly string[] StatusNames = ["Open", "Open", "Waiting on Customer", "Pending", "Resolved", "Closed", "Deleted"];
    private static readonly string[] SurveyLabels = ["Extremely Unhappy", "Unhappy", "Neutral", "Happy", "Extremely Happy"];
    private const TimestampLayout Layout = TimestampLayout.Freshdesk;

    public override void Ticket(Ticket t)
    {
        if (t.Status == TicketStatus.Deleted)
        {
            return;
        }
        // Freshdesk always has a priority: a ticket without one shows the default, Low.
        var priority = Catalog.Priorities[Math.Max(t.Priority, 0)];
        var w = Tickets;
        w.Number(t.Number);
        w.Text(t.Subject.Subject);
        w.Text(t.Description);
        w.Text(StatusNames[(int)t.Status]);
        w.Text(priority.Freshdesk);
        w.Text(Catalog.Channels[t.Channel].FreshdeskSource);
        w.Text(t.Category >= 0 ? Catalog.Categories[t.Category].Name : null);
        w.Text(t.Agent >= 0 ? Catalog.Agents[t.Agent].Name : null);
        w.Text(Catalog.Teams[t.Team]);
        w.Time(zone.ToLocal(t.Created), Layout);
        w.Time(BusinessClock.Add(t.CreatedLocal, (long)(priority.ResolutionTargetHours * 3600)), Layout);
        w.Time(Local(t.Solved), Layout);
        w.Time(Local(t.Closed), Layout);
        w.Time(zone.ToLocal(t.Updated), Layout);
        w.Time(Local(t.FirstResponse), Layout);
        w.Hours(t.FirstResponseBusinessSeconds);
        w.Hours(t.ResolutionBusinessSeconds);
        w.Number(t.AgentReplies);
        w.Number(1 + t.Reopens + Math.Max(0, t.AgentReplies - 1));
        w.Text(SlaStatus(t.ResolutionBusinessSeconds, priority.ResolutionTargetHours));
        w.Text(SlaStatus(t.FirstResponseBusinessSeconds, priority.FirstResponseTargetHours));
        w.Joined(TicketFactory.TagsOf(t), ',');
        w.Text(t.Csat is { } csat ? SurveyLabels[csat.Score - 1] : null);
        w.Text(Catalog.Products[t.Product]);
        w.Number(t.Customer + 1);
        w.Text(CompanyNames.For(t.Customer));
        w.EndRow();
    }

    private long? Local(long? utc) => utc is { } u ? zone.ToLocal(u) : null;

    private static string? SlaStatus(long? businessSeconds, double targetHours) => businessSeconds is { } s
        ? (s <= targetHours * 3600 ? "Within SLA" : "SLA Violated")
        : null;
}
