using System.Text;
using Analytics.Pipeline.Ingest;

namespace Analytics.Tests.Ingest;

public sealed class LineLocatorTests
{
    [Fact]
    public void Csv_records_start_after_quoted_line_breaks_and_skip_blank_lines()
    {
        const string csv = "a,b\r\n1,x\r\n2,\"multi\r\nline\"\r\n\r\n3,y\n4,\"\"\"quoted\"\"\"\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));

        var lines = LineLocator.StartLines(stream, ExportFormat.Csv, [1, 2, 3, 4]);

        Assert.Equal(new Dictionary<long, long> { [1] = 2, [2] = 3, [3] = 6, [4] = 7 }, lines);
    }

    [Fact]
    public void Json_lines_are_counted_from_the_first_line()
    {
        const string jsonl = "{\"a\":\"x\\\"y\"}\n\n{\"a\":2}\nnot json\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(jsonl));

        var lines = LineLocator.StartLines(stream, ExportFormat.JsonLines, [1, 2, 3]);

        Assert.Equal(new Dictionary<long, long> { [1] = 1, [2] = 3, [3] = 4 }, lines);
    }
}
