using System.Globalization;

namespace Analytics.Pipeline.SampleData;

/// <summary>The file layout the generator writes.</summary>
public enum SampleDataFormat
{
    /// <summary>The project's own tickets.csv, surveys.csv and customers.csv.</summary>
    Canonical,
    /// <summary>zendesk_tickets.csv, shaped like a Zendesk ticket export.</summary>
    Zendesk,
    /// <summary>freshdesk_tickets.csv, shaped like a Freshdesk ticket export.</summary>
    Freshdesk,
}

/// <summary>
/// What to generate. The same options always produce byte-identical files: nothing depends on the
/// clock, the locale or the machine's time zone.
/// </summary>
public sealed record SampleDataOptions
{
    public const int MaxTickets = 100_000_000;
    public const int MaxWeeks = 520;

    /// <summary>Tickets created in the period (exact).</summary>
    public int Tickets { get; init; } = 15_000;

    /// <summary>Length of the period in weeks, ending on <see cref="End"/>.</summary>
    public int Weeks { get; init; } = 26;

    public int Seed { get; init; } = 42;

    public SampleDataFormat Format { get; init; } = SampleDataFormat.Canonical;

    /// <summary>The last local day generated, inclusive. Nothing happens after its 23:59:59.</summary>
    public DateOnly End { get; init; } = new(2026, 11, 15);

    /// <summary>The first local day generated.</summary>
    public DateOnly Start => End.AddDays(1 - (7 * Weeks));

    /// <summary>
    /// The local time on <see cref="Start"/> at which the help desk went live: tickets generated before it (and
    /// their surveys, and that morning's NPS answers) are not written, so the export starts part-way through its
    /// first day as real ones do. Every other row is the same as without it. Null: the whole first day.
    /// </summary>
    public TimeOnly? GoLive { get; init; }

    /// <summary>Null when the options are usable, else a message for the user.</summary>
    public string? Validate()
    {
        if (Tickets is < 1 or > MaxTickets)
        {
            return string.Create(CultureInfo.InvariantCulture, $"--tickets must be between 1 and {MaxTickets:N0}, got {Tickets}");
        }
        if (Weeks is < 1 or > MaxWeeks)
        {
            return string.Create(CultureInfo.InvariantCulture, $"--weeks must be between 1 and {MaxWeeks}, got {Weeks}");
        }
        if (End.Year is < 1980 or > 9000)
        {
            return string.Create(CultureInfo.InvariantCulture, $"--end must be a date between 1980 and 9000, got {End:yyyy-MM-dd}");
        }
        if (!Enum.IsDefined(Format))
        {
            return $"unknown format {Format}";
        }
        return null;
    }
}
