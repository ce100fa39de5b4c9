namespace Analytics.Pipeline.SampleData;

/// <summary>What one generator run wrote, and what it planted in the data for detectors to find.</summary>
public sealed record SampleDataManifest(
    SampleDataOptions Options,
    DateOnly FirstDay,
    DateOnly LastDay,
    string TimeZone,
    IReadOnlyList<SampleDataFile> Files,
    IReadOnlyList<InjectedSpike> Spikes);

/// <summary>One file written. <paramref name="Kind"/> is tickets, surveys or customers.</summary>
public sealed record SampleDataFile(string Path, string Kind, long Rows);

/// <summary>
/// A category spike planted on a local day: <paramref name="ExtraTickets"/> tickets on top of the
/// category's normal volume, so that the day holds about <paramref name="Multiplier"/> times its
/// expected volume.
/// </summary>
public sealed record InjectedSpike(string Category, DateOnly LocalDate, double Multiplier, int ExtraTickets);
