namespace Analytics.Pipeline.SampleData;

/// <summary>
/// zendesk_tickets.csv shaped like a Zendesk ticket export, quirks included: times in the account
/// time zone without offset, "1900-01-01 00:00:00" for never solved, "-" for empty list fields and
/// missing priority, satisfaction as Offered / Not Offered / Good / Bad, durations in whole minutes.
/// Deleted tickets are not exported (as in Zendesk); there are no survey or customer files.
/// </summary>
internal sealed class ZendeskWriter(string outDir, ReportingZone zone)
    : VendorTicketWriter(Path.Combine(outDir, "zendesk_tickets.csv"), Header)
{
    public static readonly string[] Header =
    [
        "Id", "Requester id", "Assignee", "Group", "Subject", "Description", "Tags", "Status", "Priority", "Via", "Ticket type",
        "Created at", "Updated at", "Solved at", "Satisfaction Score", "Reopens", "Replies", "First reply time in minutes",
        "First reply time in minutes within business hours", "Full resolution time in minutes within business hours",
        "Ticket category [list]",
    ];

    public const string NeverSolved = "1900-01-01 00:00:00";
    private static readonly string[] StatusNames = ["New", "Open", "Pending", "On-hold", "Solved", "Closed", "Deleted"];
    private const TimestampLayout Layout = TimestampLayout.Zendesk;

    public override void Ticket(Ticket t)
    {
        if (t.Status == TicketStatus.Deleted)
        {
            return;
        }
        var w = Tickets;
        w.Number(t.Number);
        w.Number(t.Customer + 1);
        w.Text(t.Agent >= 0 ? Catalog.Agents[t.Agent].Name : null);
        w.Text(Catalog.Teams[t.Team]);
        w.Text(t.Subject.Subject);
        w.Text(t.Description);
        w.Joined(TicketFactory.TagsOf(t), ' ');
        w.Text(StatusNames[(int)t.Status]);
        w.Text(t.Priority >= 0 ? Catalog.Priorities[t.Priority].Zendesk : "-");
        w.Text(Catalog.Channels[t.Channel].ZendeskVia);
        w.Text(t.Category >= 0 ? Catalog.Categories[t.Category].ZendeskType : "-");
        w.Time(zone.ToLocal(t.Created), Layout);
        w.Time(zone.ToLocal(t.Updated), Layout);
        if (t.Solved is { } solved)
        {
            w.Time(zone.ToLocal(solved), Layout);
        }
        else
        {
            w.Text(NeverSolved);
        }
        w.Text(Satisfaction(t));
        w.Number(t.Reopens);
        w.Number(t.AgentReplies);
        Minutes(w, t.FirstResponse - t.Created);
        Minutes(w, t.FirstResponseBusinessSeconds);
        Minutes(w, t.ResolutionBusinessSeconds);
        w.Text(t.Category >= 0 ? Catalog.Categories[t.Category].Name : "-");
        w.EndRow();
    }

    private static string Satisfaction(Ticket t) => t.Csat is { } csat
        ? (csat.Score >= 4 ? "Good" : "Bad")
        : t.SurveyOfferedOnly ? "Offered" : "Not Offered";

    /// <summary>Whole minutes, rounded to nearest; empty when the event has not happened.</summary>
    private static void Minutes(CsvRowWriter w, long? seconds)
    {
        if (seconds is { } s)
        {
            w.Number((s + 30) / 60);
        }
        else
        {
            w.Empty();
        }
    }
}
