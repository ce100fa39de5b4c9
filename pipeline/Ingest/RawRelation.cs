using Analytics.Pipeline.Cli;
using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Ingest;

/// <summary>
/// The file as DuckDB's own reader sees it, every field text: the `raw` relation with a record number
/// <c>_rec</c>. CSV rows that cannot be split into the header's columns are set aside by the reader
/// (<c>store_rejects</c>) so that they can be quarantined; JSON lines that are not objects likewise.
/// </summary>
public sealed class RawRelation(ExportFile file, string readablePath)
{
    public const string RejectsTable = "ingest_rejects";
    private const string RejectsScanTable = "ingest_rejects_scan";

    public string ReadablePath => readablePath;

    public Dictionary<string, object> Parameters() => new()
    {
        ["path"] = readablePath,
        ["delim"] = file.Delimiter.ToString(),
    };

    /// <summary>The `raw` relation as SQL. With <paramref name="collectRejects"/> broken CSV rows go to the rejects table.</summary>
    public string Sql(IReadOnlyList<string> header, bool collectRejects) => file.Format switch
    {
        ExportFormat.Csv =>
            "SELECT row_number() OVER () AS _rec, * FROM read_csv($path, all_varchar = true, header = true, delim = $delim, " +
            "quote = '\"', escape = '\"', " +
            (collectRejects ? $"store_rejects = true, rejects_table = '{RejectsTable}', rejects_scan = '{RejectsScanTable}')" : "ignore_errors = true)"),
        _ =>
            "SELECT _rec, " + string.Join(", ", header.Select(h => $"line->>{Warehouse.Sql.Literal(h)} AS {Warehouse.Sql.Ident(h)}")) +
            " FROM (" + JsonLines + ") WHERE is_json_object(line)",
    };

    /// <summary>Every non-blank line of a JSON-lines file, numbered.</summary>
    private const string JsonLines =
        "SELECT row_number() OVER () AS _rec, line FROM read_csv($path, columns = {'line': 'VARCHAR'}, header = false, " +
        "delim = '\\0', quote = '', escape = '', auto_detect = false) WHERE line IS NOT NULL AND trim(line) <> ''";

    /// <summary>The column names, exactly as DuckDB names them (an empty header cell becomes column0, ...).</summary>
    public IReadOnlyList<string> Header(DuckDBConnection db)
    {
        try
        {
            if (file.Format == ExportFormat.Csv)
            {
                using var command = db.Create(
                    "DESCRIBE SELECT * FROM read_csv($path, all_varchar = true, header = true, delim = $delim, quote = '\"', escape = '\"', ignore_errors = true)",
                    new { path = readablePath, delim = file.Delimiter.ToString() });
                return ReadColumn(command);
            }
            using var keys = db.Create(
                "SELECT k FROM (SELECT unnest(json_keys(line::JSON)) AS k, _rec FROM (" + JsonLines + ") WHERE is_json_object(line)) " +
                "GROUP BY k ORDER BY min(_rec), k",
                new { path = readablePath });
            return ReadColumn(keys);
        }
        catch (DuckDBException ex)
        {
            throw Explain(ex);
        }
    }

    /// <summary>Structurally broken rows: (record number, raw text, reason).</summary>
    public IReadOnlyList<(long Record, string Raw, string Reason)> Rejects(DuckDBConnection db)
    {
        if (file.Format == ExportFormat.Csv)
        {
            // Bytes that are not UTF-8 mean the whole file is in another encoding: refuse it rather than
            // quarantine some rows and load the rest.
            var firstBadLine = db.Scalar<long?>($"SELECT min(line) FROM {RejectsTable} WHERE error_type::VARCHAR = 'INVALID ENCODING'");
            if (firstBadLine is { } line)
            {
                throw NotUtf8(line.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
            }
        }
        var sql = file.Format == ExportFormat.Csv
            ? $"SELECT DISTINCT ON (line) line - 1, csv_line, 'malformed CSV row: ' || error_message FROM {RejectsTable} ORDER BY line"
            : "SELECT _rec, line, 'not a JSON object' FROM (" + JsonLines + ") WHERE NOT is_json_object(line) ORDER BY _rec";
        using var command = db.Create(sql, file.Format == ExportFormat.Csv ? null : new { path = readablePath });
        using var reader = command.ExecuteReader();
        var rejects = new List<(long, string, string)>();
        while (reader.Read())
        {
            rejects.Add((reader.GetInt64(0), reader.IsDBNull(1) ? "" : reader.GetString(1), reader.GetString(2)));
        }
        return rejects;
    }

    public static void DropRejects(DuckDBConnection db)
    {
        db.Execute($"DROP TABLE IF EXISTS {RejectsTable}; DROP TABLE IF EXISTS {RejectsScanTable};");
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

    private UserInputException NotUtf8(string? record, Exception? inner) => new(
        $"{file.Path}: is not valid UTF-8{(record is null ? "" : " (first at record " + record + ")")}; nothing was loaded. " +
        "Give its encoding with --encoding (e.g. latin1, windows-1251) or Sources[].Encoding in the config.", inner);

    private static List<string> ReadColumn(DuckDBCommand command)
    {
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }
        return names;
    }
}
