using System.Globalization;
using System.Text;
using CsvHelper;

namespace Analytics.Tests.SampleData;

/// <summary>A CSV file read back with CsvHelper: the header and every row as strings.</summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _index;

    private CsvTable(string[] header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
        _index = header.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i);
    }

    public string[] Header { get; }
    public List<string[]> Rows { get; }

    public static CsvTable Read(string path)
    {
        // Strictly UTF-8: an invalid byte throws here rather than reading as replacement characters.
        _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(path));
        var options = new CsvReaderOptions
        {
            Separator = ',',
            FieldCountMismatch = CsvFieldCountHandling.Throw,
            MalformedData = CsvMalformedDataHandling.Throw,
        };
        using var csv = CsvReader.FromFile(path, options);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).ToArray());
        }
        return new CsvTable(csv.Headers.ToArray(), rows);
    }

    public Func<string[], string> Column(string name)
    {
        Assert.True(_index.TryGetValue(name, out var i), $"column {name} missing");
        return row => row[i];
    }
}

/// <summary>Parsing of the generator's timestamp layouts, exact (a wrong layout fails the test).</summary>
internal static class Stamp
{
    public static DateTime? Utc(string value) => value.Length == 0
        ? null
        : DateTime.ParseExact(value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    public static DateTime Zendesk(string value) =>
        DateTime.ParseExact(value, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None);

    public static DateTime? Freshdesk(string value) => value.Length == 0
        ? null
        : DateTime.ParseExact(value, "dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None);

    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static DateTime ToBerlin(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Berlin);

    /// <summary>The UTC instant of local midnight starting <paramref name="day"/> in Berlin.</summary>
    public static DateTime BerlinMidnightUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), Berlin);

    /// <summary>The local (Berlin) creation day of every ticket row.</summary>
    public static List<DateOnly> LocalCreatedDays(CsvTable tickets) =>
        tickets.Rows.Select(r => DateOnly.FromDateTime(ToBerlin(Utc(tickets.Column("created_at")(r))!.Value))).ToList();
}
