using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Ingest;

/// <summary>
/// The file as DuckDB's own reader sees it, every field text, exposed as the `raw` relation: the header's columns
/// plus a record number <c>_rec</c>. CSV rows that cannot be split into the header's columns are set aside by the
/// reader (<c>store_rejects</c>), JSON lines that are not objects likewise; both come back from <see cref="Rejects"/>.
/// Record numbers count every record of the file from 1 (after the CSV header), set-aside ones included, so that
/// <see cref="LineLocator"/> can find any of them.
/// <para>
/// A CSV file whose rows go to one kind only is <b>streamed</b> (docs/ingest.md, step 2): `raw` is the reader itself,
/// read once by the query that stages the rows, so the file is never held whole as text. Its <c>_rec</c> is left
/// empty there and numbered from the staged table's rowids afterwards (<see cref="TypedRelation"/>). Otherwise (JSON
/// lines, rows of several kinds, a mapping that numbers rows) the file is first read into a temporary text table.
/// </para>
/// </summary>
public sealed class RawRelation(ExportFile file, string readablePath)
{
    private const string Table = "ingest_raw";
    private const string RejectsTable = "ingest_rejects";
    private const string RejectsScanTable = "ingest_rejects_scan";

    private long _firstRowId;
    private bool _numbered;
    private bool _loaded;
    private List<(long Record, string Raw, string Reason)> _rejects = [];

    /// <summary>Column names exactly as DuckDB names them (an empty header cell becomes column0, ...).</summary>
    public IReadOnlyList<string> Header { get; private set; } = [];

    /// <summary>Rows set aside by the reader: (record number, raw text, reason), in file order.</summary>
    public IReadOnlyList<(long Record, string Raw, string Reason)> Rejects => _rejects;

    /// <summary>Whether `raw` reads the file itself (one use, record numbers from the staged table).</summary>
    public bool Streamed => !_loaded;

    /// <summary>
    /// Learns the header. A CSV file is only bound by the reader (its sniffer reads a sample), so nothing is held;
    /// a JSON-lines file is read into the temporary text table, since its columns are the keys of all its lines.
    /// </summary>
    public void Open(DuckDBConnection db)
    {
        Drop(db);
        if (file.Format == ExportFormat.Csv)
        {
            // The same reader call as the one that reads the rows, so the names are the same.
            try
            {
                Header = Strings(db, $"SELECT column_name FROM (DESCRIBE {CsvRead})", Parameters);
            }
            catch (DuckDBException ex)
            {
                throw Explain(ex);
            }
        }
        else
        {
            Load(db);
        }
    }

    /// <summary>
    /// Reads the file into the temporary text table (DuckDB's parallel reader; insertion order is kept, so rowid
    /// follows the file), then takes the set-aside rows from it. A file whose bytes are not UTF-8 is refused whole.
    /// </summary>
    public void Load(DuckDBConnection db)
    {
        if (_loaded)
        {
            return;
        }
        Drop(db);
        var read = file.Format == ExportFormat.Csv
            ? CsvRead
            : "SELECT line FROM read_csv($ingest_path, columns = {'line': 'VARCHAR'}, header = false, delim = '\\0', quote = '', " +
              $"escape = '', auto_detect = false, buffer_size = {ReadBufferBytes}) WHERE line IS NOT NULL AND trim(line) <> ''";
        try
        {
            db.Execute($"CREATE OR REPLACE TEMP TABLE {Table} AS {read}", Parameters);
        }
        catch (DuckDBException ex)
        {
            throw Explain(ex);
        }
        _loaded = true;
        (_firstRowId, _numbered) = NumberRows(db, Table, "_rec");
        if (file.Format == ExportFormat.JsonLines)
        {
            Header = Strings(db, $"SELECT k FROM (SELECT unnest(json_keys(line::JSON)) AS k, {RecordExpression} AS r FROM {Table} WHERE is_json_object(line)) GROUP BY k ORDER BY min(r), k");
        }
        _rejects = file.Format == ExportFormat.Csv ? CsvRejects(db) : JsonRejects(db);
    }

    /// <summary>
    /// After the staging query read a streamed file: takes the reader's set-aside rows (and refuses a file that is
    /// not UTF-8).
    /// </summary>
    public void AfterStreamedRead(DuckDBConnection db)
    {
        if (Streamed)
        {
            _rejects = CsvRejects(db);
        }
    }

    /// <summary>The parameters <see cref="Sql"/> needs: the path and the delimiter, which never enter the SQL text.</summary>
    public IReadOnlyDictionary<string, object> Parameters => new Dictionary<string, object>
    {
        ["ingest_path"] = readablePath,
        ["ingest_delim"] = file.Delimiter.ToString(),
    };

    /// <summary>Frees the temporary tables of the file (its rows and the reader's set-aside rows).</summary>
    public static void Drop(DuckDBConnection db) =>
        db.Execute($"DROP TABLE IF EXISTS {Table}; DROP TABLE IF EXISTS {RejectsTable}; DROP TABLE IF EXISTS {RejectsScanTable};");

    /// <summary>The `raw` relation as SQL: <c>_rec</c> (empty when streamed) and every header column as text.</summary>
    public string Sql() => Streamed
        ? $"SELECT NULL::BIGINT AS _rec, * FROM ({CsvRead})"
        : file.Format == ExportFormat.Csv
            ? (_numbered ? $"SELECT * FROM {Table}" : $"SELECT {RecordExpression} AS _rec, * FROM {Table}")
            : $"SELECT {RecordExpression} AS _rec, " +
              string.Join(", ", Header.Select(h => $"line->>{Warehouse.Sql.Literal(h)} AS {Warehouse.Sql.Ident(h)}")) +
              $" FROM {Table} WHERE is_json_object(line)";

    /// <summary>
    /// The rows of a table staged from `raw` as a relation with their record numbers: when streamed, the table's
    /// rowids follow the file (insertion order is kept), so <c>_rec</c> is numbered from them.
    /// </summary>
    public string TypedRelation(DuckDBConnection db, string table)
    {
        if (!Streamed)
        {
            return $"SELECT * FROM {table}";
        }
        var (first, numbered) = NumberRows(db, table, "_rec");
        return numbered ? $"SELECT * FROM {table}" : $"SELECT * REPLACE (rowid - {first} + 1 AS _rec) FROM {table}";
    }

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

    /// <summary>Turns DuckDB's reader errors the user can fix (encoding, a record too long to read) into a plain message.</summary>
    public Exception Explain(DuckDBException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        if (ex.Message.Contains("Invalid unicode", StringComparison.OrdinalIgnoreCase) ||
            ex.Message.Contains("not utf-8", StringComparison.OrdinalIgnoreCase))
        {
            var line = System.Text.RegularExpressions.Regex.Match(ex.Message, @"Line: (\d+)");
            return NotUtf8(line.Success ? line.Groups[1].Value : null, ex);
        }
        if (ex.Message.Contains("Maximum line size", StringComparison.OrdinalIgnoreCase))
        {
            // DuckDB's line number is not the file's here; the record is named by its first characters instead.
            var start = System.Text.RegularExpressions.Regex.Match(ex.Message, @"Original Line: ([^\n]{0,60})");
            return new UserInputException(
                $"{file.Path}: a record is longer than the {ReadBufferBytes >> 20} MiB the reader takes" +
                (start.Success ? $" (the one starting '{start.Groups[1].Value}...')" : "") +
                "; nothing was loaded. Shorten its text or split the file.", ex);
        }
        return ex;
    }

    /// <summary>
    /// The reader call. Its buffer is also the longest record it takes (a JSON line likewise), which long texts
    /// (a description with a pasted log) may come near. With 32 MiB buffers each part of the file reaches the staged table as row groups of its
    /// own, in order; with DuckDB's smaller default, keeping the order means copying small parts together again,
    /// about a quarter of the staging's time (docs/performance.md, "Ingest of 10M tickets").
    /// </summary>
    private static string CsvRead =>
        "SELECT * FROM read_csv($ingest_path, all_varchar = true, header = true, delim = $ingest_delim, " +
        $"quote = '\"', escape = '\"', buffer_size = {ReadBufferBytes}, " +
        $"store_rejects = true, rejects_table = '{RejectsTable}', rejects_scan = '{RejectsScanTable}')";

    private const long ReadBufferBytes = 32L << 20;

    private string RecordExpression => _numbered ? "_rec" : $"rowid - {_firstRowId} + 1";

    /// <summary>
    /// A fresh table's rowids run contiguously in insertion order (from a large base for temporary tables); if they
    /// ever do not, the rows are numbered explicitly into <paramref name="column"/> instead. Returns the first rowid,
    /// and whether the rows were numbered.
    /// </summary>
    private static (long First, bool Numbered) NumberRows(DuckDBConnection db, string table, string column)
    {
        using (var command = db.Create($"SELECT coalesce(min(rowid), 0), coalesce(max(rowid) - min(rowid) + 1, 0), count(*) FROM {table}"))
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            if (reader.GetInt64(1) == reader.GetInt64(2))
            {
                return (reader.GetInt64(0), false);
            }
        }
        var number = $"row_number() OVER (ORDER BY rowid) AS {column}";
        var columns = Strings(db, $"SELECT column_name FROM duckdb_columns() WHERE database_name = 'temp' AND table_name = '{table}'");
        db.Execute(columns.Contains(column, StringComparer.OrdinalIgnoreCase)
            ? $"CREATE OR REPLACE TEMP TABLE {table} AS SELECT * REPLACE ({number}) FROM {table}"
            : $"CREATE OR REPLACE TEMP TABLE {table} AS SELECT {number}, * FROM {table}");
        return (1, true);
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

    private static List<string> Strings(DuckDBConnection db, string sql, object? parameters = null)
    {
        using var command = db.Create(sql, parameters);
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
