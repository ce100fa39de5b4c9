using System.IO.Compression;
using Analytics.Pipeline.Ingest;
using Analytics.Tests.Support;

namespace Analytics.Tests.Ingest;

/// <summary>The public real-world files in ../shared/data.</summary>
public sealed class RealDataTests : IDisposable
{
    private readonly TempWarehouse _w = new();

    public void Dispose() => _w.Dispose();

    [RealDataFact]
    public void ServiceNow_log_loads_one_ticket_per_incident_not_wholly_quarantined()
    {
        var path = Fixtures.SharedData("servicenow/incident_event_log.csv.gz");
        // Independent count: rows per incident number, read with plain .NET.
        var rowsPerIncident = new Dictionary<string, int>();
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress)))
        {
            reader.ReadLine();
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                var number = line[..line.IndexOf(',', StringComparison.Ordinal)];
                rowsPerIncident[number] = rowsPerIncident.GetValueOrDefault(number) + 1;
            }
        }

        var result = _w.Ingest(path);

        var quarantinedPerIncident = _w.Rows("SELECT raw->>'number' AS number, count(*) AS n FROM quarantine WHERE kind = 'tickets' GROUP BY ALL")
            .ToDictionary(r => (string)r["number"]!, r => (long)r["n"]!);
        var whollyQuarantined = quarantinedPerIncident.Count(q => q.Value == rowsPerIncident[q.Key]);
        Assert.Equal(rowsPerIncident.Values.Sum(), result.RowsRead);
        Assert.Equal(rowsPerIncident.Count - whollyQuarantined, result.RowsLoaded);
        Assert.Equal(rowsPerIncident.Count - whollyQuarantined, _w.Scalar<long>("SELECT count(DISTINCT ticket_id) FROM tickets"));
        Assert.Equal(result.RowsRead, result.RowsLoaded + result.Duplicates + result.Quarantined);
        // The two rows in state '-100' are the only ones that do not fit; their incidents load from other rows.
        Assert.Equal(2, result.Quarantined);
        Assert.Equal(20769, result.RowsLoaded);
    }

    [RealDataFact]
    public void Latin1_nps_export_is_rejected_without_an_encoding_and_loads_with_one()
    {
        var path = Fixtures.SharedData("surveys/nps_botanic.csv");

        var refused = Assert.Throws<UserInputException>(() => _w.Ingest(path, new IngestOptions { SurveyDate = "2016-06-01" }));
        Assert.Contains("is not valid UTF-8", refused.Message, StringComparison.Ordinal);
        Assert.Contains("--encoding", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, _w.Scalar<long>("SELECT (SELECT count(*) FROM surveys) + (SELECT count(*) FROM quarantine) + (SELECT count(*) FROM ingest_log)"));

        var undated = Assert.Throws<UserInputException>(() => _w.Ingest(path, new IngestOptions { Encoding = "latin1" }));
        Assert.Contains("--survey-date", undated.Message, StringComparison.Ordinal);

        var result = _w.Ingest(path, new IngestOptions { Encoding = "latin1", SurveyDate = "2016-06-01" });

        // Independent count of the NA answers, read with .NET's Latin-1 decoder.
        var lines = File.ReadAllLines(path, System.Text.Encoding.Latin1).Skip(1).ToList();
        var unanswered = lines.Count(l => l.Split(',')[2] == "NA");
        Assert.Equal((lines.Count, lines.Count - unanswered, (long)unanswered), (result.RowsRead, result.RowsLoaded, result.Quarantined));
        Assert.Equal(unanswered, _w.Scalar<long>("SELECT count(*) FROM quarantine WHERE reason = 'score is missing'"));
        Assert.Equal(53.4, _w.Scalar<double>(
            "SELECT round(100.0 * (count(*) FILTER (score >= 9) - count(*) FILTER (score <= 6)) / count(*), 1) FROM surveys WHERE survey = 'nps'"));
        Assert.Equal(Fixtures.Utc("2016-06-01T00:00:00Z"), _w.Scalar<DateTime>("SELECT DISTINCT responded_at FROM surveys"));
        // Accents decode (no mojibake): the first comment of the file.
        Assert.Equal(1, _w.Scalar<long>("SELECT count(*) FROM surveys WHERE comment LIKE 'Il y a très peu de caisse ouverte%'"));
    }

    [Fact]
    public void A_windows_1251_export_decodes_with_its_encoding()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var cp1251 = System.Text.Encoding.GetEncoding("windows-1251");
        var path = _w.Write("cyrillic.csv", "ticket_id,created_at,category\nT1,2026-03-02T09:00:00Z,Доставка\n", cp1251);

        Assert.Throws<UserInputException>(() => _w.Ingest(path));
        _w.Ingest(path, new IngestOptions { Encoding = "windows-1251" });

        Assert.Equal("Доставка", _w.Scalar<string>("SELECT category FROM tickets"));
    }
}
