using Analytics.Pipeline.Cli;
using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Ingest;

/// <summary>
/// The file as DuckDB's own reader sees it, every field text, read once per ingest into a temporary table
/// and exposed as the `raw` relation: the header's columns plus a record number <c>_rec</c>. CSV rows
/// that cannot be split into the header's columns are set aside by the reader (<c>store_rejects</c>),
/// JSON lines that are not objects likewise; both come back from <see cref="Rejects"/>. Record numbers
/// count every record of the file from 1 (after the CSV header), set-aside ones included, so that
/// <see cref="LineLocator"/> can find any of them.
/// </summary>
public sealed class RawRelation(ExportFile file, string readablePath)
{
    private const string Table = "ingest_raw";
    private const string RejectsTable = "ingest_rejects";
    private const string RejectsScanTable = "ingest_rejects_scan";

    private long _firstRowId;
    private List<(long Record, string Raw, string Reason)> _rejects = [];

    /// <summary>Column names exactly as DuckDB names them (an empty header cell becomes column0, ...).</summary>
    public IReadOnlyList<string> Header { get; private set; } = [];

    /// <summary>Rows set aside by the reader: (record number, raw text, reason), in file order.</summary>
    public IReadOnlyList<(long Record, string Raw, string Reason)> Rejects => _rejects;

    /// <summary>
    /// Reads the file into the temporary table (DuckDB's parallel reader; insertion order is kept, so rowid
    /// follows the file), then takes the header and the set-aside rows from it. A file whose bytes are not
    /// UTF-8 is refused whole.
    /// </summary>
    public void Load(DuckDBConnection db)
    {
        Drop(db);
        var read = file.Format == ExportFormat.Csv
            ? "SELECT * FROM read_csv($path, all_varchar = true, header = true, delim = $delim, quote = '\"', escape = '\"', " +
              $"store_rejects = true, rejects_table = '{RejectsTable}', rejects_scan = '{RejectsScanTable}')"
            : "SELECT line FROM read_csv($path, columns = {'line': 'VARCHAR'}, header = false, delim = '\\0', quote = '', " +
              "escape = '', auto_detect = false) WHERE line IS NOT NULL AND trim(line) <> ''";
        try
        {
            db.Execute($"CREATE OR REPLACE TEMP TABLE {Table} AS {read}", new { path = readablePath, delim = file.Delimiter.ToString() });
        }
        catch (DuckDBException ex)
        {
            throw Explain(ex);
        }
        NumberRows(db);
        Header = file.Format == ExportFormat.Csv
            ? Strings(db, $"SELECT column_name FROM duckdb_columns() WHERE database_name = 'temp' AND table_name = '{Table}' AND column_name <> '_rec' ORDER BY column_index")
            : Strings(db, $"SELECT k FROM (SELECT unnest(json_keys(line::JSON)) AS k, {RecordExpression} AS r FROM {Table} WHERE is_json_object(line)) GROUP BY k ORDER BY min(r), k");
        _rejects = file.Format == ExportFormat.Csv ? CsvRejects(db) : JsonRejects(db);
    }

    /// <summary>Frees the temporary tables of the file (its rows and the reader's set-aside rows).</summary>
    public static void Drop(DuckDBConnection db) =>
        db.Execute($"DROP TABLE IF EXISTS {Table}; DROP TABLE IF EXISTS {RejectsTable}; DROP TABLE IF EXISTS {RejectsScanTable};");

    /// <summary>The `raw` relation as SQL: <c>_rec</c> and every header column as text.</summary>
    public string Sql() => file.Format == ExportFormat.Csv
        ? (_numbered ? $"SELECT * FROM {Table}" : $"SELECT {RecordExpression} AS _rec, * FROM {Table}")
        : $"SELECT {RecordExpression} AS _rec, " +
          string.Join(", ", Header.Select(h => $"line->>{Warehouse.Sql.Literal(h)} AS {Warehouse.Sql.Ident(h)}")) +
          $" FROM {Table} WHERE is_json_object(line)";

    /// <summary>
    /// The file's record number of a row of `raw`. JSON lines are numbered before invalid lines are set
    /// aside; CSV rows the reader set aside are not in the table, so they shift the records after them.
    /// </summary>
    public long RecordOf(long rec)
    {
        if (file.Format != ExportFormat.Csv)
        {
            return rec;
        }
        var record = rec;
        foreach (var rejected in _rejects)
        {
            if (rejected.Record > record)
            {
                break;
            }
            record++;
        }
        return record;
    }

    /// <summary>Turns DuckDB's reader errors the user can fix (encoding) into a plain message.</summary>
    public Exception Explain(DuckDBException ex)
    {
        if (ex.Message.Contains("Invalid unicode", StringComparison.OrdinalIgnoreCase) ||
            ex.Message.Contains("not utf-8", StringComparison.OrdinalIgnoreCase))
        {
            var line = System.Text.RegularExpressions.Regex.Match(ex.Message, @"Line: (\d+)");
            return NotUtf8(line.Success ? line.Groups[1].Value : null, ex);
        }
        return ex;
    }

    // A fresh table's rowids run contiguously in insertion order (from a large base for temporary tables);
    // if they ever do not, the rows are numbered explicitly instead.
    private string RecordExpression => _numbered ? "_rec" : $"rowid - {_firstRowId} + 1";
    private bool _numbered;

    private void NumberRows(DuckDBConnection db)
    {
        using var command = db.Create($"SELECT coalesce(min(rowid), 0), coalesce(max(rowid) - min(rowid) + 1, 0), count(*) FROM {Table}");
        using var reader = command.ExecuteReader();
        reader.Read();
        _firstRowId = reader.GetInt64(0);
        if (reader.GetInt64(1) != reader.GetInt64(2))
        {
            db.Execute($"CREATE OR REPLACE TEMP TABLE {Table} AS SELECT row_number() OVER (ORDER BY rowid) AS _rec, * FROM {Table}");
            _numbered = true;
        }
    }

    private List<(long, string, string)> CsvRejects(DuckDBConnection db)
    {
        if (db.Scalar<long>($"SELECT count(*) FROM duckdb_tables() WHERE temporary AND table_name = '{RejectsTable}'") == 0)
        {
            return [];
        }
        // Bytes that are not UTF-8 mean the whole file is in another encoding: refuse it rather than
        // quarantine some rows and load the rest. DuckDB's `line` is the record number counting the header.
        var firstBad = db.Scalar<long?>($"SELECT min(line) FROM {RejectsTable} WHERE error_type::VARCHAR = 'INVALID ENCODING'");
        if (firstBad is { } record)
        {
            throw NotUtf8(record.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
        }
        return Triples(db, $"SELECT DISTINCT ON (line) line - 1, csv_line, 'malformed CSV row: ' || error_message FROM {RejectsTable} ORDER BY line");
    }

    private List<(long, string, string)> JsonRejects(DuckDBConnection db) =>
        Triples(db, $"SELECT {RecordExpression}, line, 'not a JSON object' FROM {Table} WHERE NOT is_json_object(line) ORDER BY 1");

    private UserInputException NotUtf8(string? record, Exception? inner) => new(
        $"{file.Path}: is not valid UTF-8{(record is null ? "" : " (first at record " + record + ")")}; nothing was loaded. " +
        "Give its encoding with --encoding (e.g. latin1, windows-1251) or Sources[].Encoding in the config.", inner);

    private static List<string> Strings(DuckDBConnection db, string sql)
    {
        using var command = db.Create(sql);
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    private static List<(long, string, string)> Triples(DuckDBConnection db, string sql)
    {
        using var command = db.Create(sql);
        using var reader = command.ExecuteReader();
        var rows = new List<(long, string, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(0), reader.IsDBNull(1) ? "" : reader.GetString(1), reader.GetString(2)));
        }
        return rows;
    }
}
