namespace Analytics.Pipeline.SampleData;

/// <summary>The project's own layout: tickets.csv, surveys.csv and customers.csv (docs/ingest.md).</summary>
internal sealed class CanonicalWriter : ISampleDataWriter
{
    public static readonly string[] TicketHeader =
    [
        "ticket_id", "created_at", "updated_at", "first_response_at", "solved_at", "first_solved_at", "closed_at",
        "status", "channel", "category", "priority", "customer_id", "agent_id", "team", "reopens", "agent_replies",
        "subject", "description", "tags",
    ];

    public static readonly string[] SurveyHeader =
        ["response_id", "survey", "score", "scale_max", "responded_at", "ticket_id", "customer_id", "agent_id", "comment"];

    public static readonly string[] CustomerHeader = ["customer_id", "created_at", "churned_at", "segment", "plan", "mrr"];

    private static readonly string[] StatusNames = ["new", "open", "pending", "hold", "solved", "closed", "deleted"];
    private static readonly string[] SegmentNames = ["smb", "mid-market", "enterprise"];
    private static readonly string[] PlanNames = ["basic", "pro", "enterprise"];
    private const TimestampLayout Utc = TimestampLayout.IsoUtc;

    private readonly string _outDir;
    private readonly IdWidths _ids;
    private readonly CsvRowWriter _tickets;
    private readonly CsvRowWriter _surveys;
    private CsvRowWriter? _customers;

    public CanonicalWriter(string outDir, IdWidths ids)
    {
        _outDir = outDir;
        _ids = ids;
        _tickets = new CsvRowWriter(Path.Combine(outDir, "tickets.csv"), TicketHeader);
        _surveys = new CsvRowWriter(Path.Combine(outDir, "surveys.csv"), SurveyHeader);
    }

    public void Customers(CustomerBook customers)
    {
        _customers = new CsvRowWriter(Path.Combine(_outDir, "customers.csv"), CustomerHeader);
        for (var i = 0; i < customers.Count; i++)
        {
            _customers.Id('C', i + 1, _ids.Customer);
            _customers.Time(customers.Created[i], Utc);
            _customers.Time(customers.Churned[i] == long.MaxValue ? null : customers.Churned[i], Utc);
            _customers.Text(SegmentNames[(int)customers.SegmentOf[i]]);
            _customers.Text(PlanNames[(int)customers.PlanOf[i]]);
            _customers.Money(customers.MrrCents[i]);
            _customers.EndRow();
        }
        _customers.Dispose();
    }

    public void Ticket(Ticket t)
    {
        var w = _tickets;
        w.Id('T', t.Number, _ids.Ticket);
        w.Time(t.Created, Utc);
        w.Time(t.Updated, Utc);
        w.Time(t.FirstResponse, Utc);
        w.Time(t.Solved, Utc);
        w.Time(t.FirstSolved, Utc);
        w.Time(t.Closed, Utc);
        w.Text(StatusNames[(int)t.Status]);
        w.Text(Catalog.Channels[t.Channel].Name);
        w.Text(t.Category >= 0 ? Catalog.Categories[t.Category].Name : null);
        w.Text(t.Priority >= 0 ? Catalog.Priorities[t.Priority].Name : null);
        w.Id('C', t.Customer + 1, _ids.Customer);
        w.Text(t.Agent >= 0 ? Catalog.Agents[t.Agent].Id : null);
        w.Text(Catalog.Teams[t.Team]);
        w.Number(t.Reopens);
        w.Number(t.AgentReplies);
        w.Text(t.Subject.Subject);
        w.Text(t.Description);
        w.Joined(TicketFactory.TagsOf(t), ';');
        w.EndRow();
    }

    public void Survey(SurveyResponse r)
    {
        var w = _surveys;
        w.Id('R', w.Rows + 1, _ids.Response);
        w.Text(r.Name);
        w.Number(r.Score);
        w.Number(r.ScaleMax);
        w.Time(r.Responded, Utc);
        if (r.TicketNumber > 0)
        {
            w.Id('T', r.TicketNumber, _ids.Ticket);
        }
        else
        {
            w.Empty();
        }
        w.Id('C', r.Customer + 1, _ids.Customer);
        w.Text(r.Agent >= 0 ? Catalog.Agents[r.Agent].Id : null);
        w.Text(r.Comment);
        w.EndRow();
    }

    public IReadOnlyList<SampleDataFile> Finish()
    {
        Dispose();
        var files = new List<SampleDataFile>
        {
            new(_tickets.Path, "tickets", _tickets.Rows),
            new(_surveys.Path, "surveys", _surveys.Rows),
        };
        if (_customers is not null)
        {
            files.Add(new SampleDataFile(_customers.Path, "customers", _customers.Rows));
        }
        return files;
    }

    public void Dispose()
    {
        _tickets.Dispose();
        _surveys.Dispose();
        _customers?.Dispose();
    }
}
