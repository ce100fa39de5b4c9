namespace Analytics.Pipeline.SampleData;

/// <summary>Writes generated rows in one export layout, streaming them to disk as they come.</summary>
internal interface ISampleDataWriter : IDisposable
{
    void Customers(CustomerBook customers);

    void Ticket(Ticket ticket);

    void Survey(SurveyResponse response);

    /// <summary>Flushes everything and lists the files written with their row counts.</summary>
    IReadOnlyList<SampleDataFile> Finish();
}

/// <summary>Zero-padding widths of the ids, fixed up front from the run's size.</summary>
internal sealed record IdWidths(int Ticket, int Customer, int Response)
{
    public static IdWidths For(long tickets, long customers, long maxResponses) =>
        new(Digits(tickets, 6), Digits(customers, 5), Digits(maxResponses, 7));

    private static int Digits(long count, int minimum) =>
        Math.Max(minimum, count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
}
