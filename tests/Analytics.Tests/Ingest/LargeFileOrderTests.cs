using System.Text;
using Analytics.Tests.Support;

namespace Analytics.Tests.Ingest;

/// <summary>
/// Record numbers (and so quarantine line numbers and "the later line wins") rest on DuckDB keeping the
/// file's order while its reader works in parallel. A file large enough to be split across threads checks it.
/// </summary>
public sealed class LargeFileOrderTests : IDisposable
{
    private readonly TempWarehouse _w = new();

    public void Dispose() => _w.Dispose();

    [Fact]
    public void Quarantine_lines_stay_exact_in_a_file_read_in_parallel()
    {
        const int rows = 300_000;
        // Physical line of each planted problem (line 1 is the header). Row i sits on line i + 1, except that
        // the quoted line break in row 10 pushes every later row one line down.
        var bad = new Dictionary<int, string> { [5] = "not-a-date", [150_000] = "later", [rows - 1] = "never" };
        const int malformedRow = 200_000;
        // Padding takes the file (~50 MB) past one read buffer of DuckDB's reader, so it is split across threads.
        var padding = new string('x', 120);
        var builder = new StringBuilder("ticket_id,created_at,subject\n");
        for (var i = 1; i <= rows; i++)
        {
            var created = bad.TryGetValue(i, out var text) ? text : "2026-03-02T09:00:00Z";
            var subject = i == 10 ? "\"two\nlines\"" : "s" + i + padding;
            builder.Append(i == malformedRow ? $"T{i},{created},{subject},extra\n" : $"T{i},{created},{subject}\n");
        }
        var path = _w.Write("large.csv", builder.ToString());

        var result = _w.Ingest(path);

        Assert.Equal((rows, rows - 4L, 4L), (result.RowsRead, result.RowsLoaded, result.Quarantined));
        Assert.Equal(
        [
            (6L, "T5"),
            (150_002L, "T150000"),
            (200_002L, null),
            (rows + 1L, $"T{rows - 1}"),
        ], _w.Rows("SELECT line, CASE WHEN json_valid(raw) THEN raw->>'ticket_id' END AS id FROM quarantine ORDER BY line").Select(q => ((long)q["line"]!, (string?)q["id"])));
        Assert.StartsWith("T200000,2026-03-02T09:00:00Z,s200000x", _w.Scalar<string>("SELECT raw FROM quarantine WHERE line = 200002"), StringComparison.Ordinal);
        Assert.Equal("two\nlines", _w.Scalar<string>("SELECT subject FROM tickets WHERE ticket_id = 'T10'"));
    }
}
