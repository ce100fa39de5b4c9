namespace Analytics.Pipeline.SampleData;

/// <summary>
/// A vendor's ticket export: one CSV of tickets in the vendor's own layout, nothing else. Customers and
/// surveys have no file of their own (what the vendor carries of them sits in the ticket row).
/// </summary>
internal abstract class VendorTicketWriter(string path, string[] header) : ISampleDataWriter
{
    protected CsvRowWriter Tickets { get; } = new(path, header);

    public void Customers(CustomerBook customers)
    {
    }

    public abstract void Ticket(Ticket ticket);

    public void Survey(SurveyResponse response)
    {
    }

    public IReadOnlyList<SampleDataFile> Finish()
    {
        Dispose();
        return [new SampleDataFile(Tickets.Path, "tickets", Tickets.Rows)];
    }

    public void Dispose() => Tickets.Dispose();
}
