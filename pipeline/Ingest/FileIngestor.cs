using Analytics.Pipeline.Ingest.Mapping;
using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Ingest;

/// <summary>
/// Loads one export file into the warehouse as one transaction: recognise the format from the header,
/// stage with DuckDB's reader (all text), validate and cast in SQL, quarantine what fails (with line and
/// reason), upsert the rest, record the file in ingest_log. A file already in ingest_log (same SHA-256)
/// is not read again.
/// </summary>
public sealed class FileIngestor(DuckDBConnection db, IngestOptions options)
{
    public IngestResult Ingest(string path, Action<string>? phase = null)
    {
        phase?.Invoke("hashing");
        var file = ExportFile.Inspect(path);
        if (PreviousLoad(file) is { } previous)
        {
            return previous;
        }

        using var readable = ReadableCopy.For(file, options.Encoding);
        var raw = new RawRelation(file, readable.Path);
        phase?.Invoke("reading header");
        var header = raw.Header(db);
        var mapping = MappingCatalog.Detect(path, header, options.Vendor);
        var source = options.SourceName ?? mapping.Vendor;
        var started = DateTimeOffset.UtcNow;

        // Timestamps written without an offset are local times of the source.
        db.Execute($"SET TimeZone = {Sql.Literal(options.TimeZone)}");
        try
        {
            using var transaction = db.BeginTransaction();
            var context = new LoadContext(file, readable, raw, header, source, phase);
            phase?.Invoke("loading " + mapping.Kind);
            var primary = LoadOutput(context, Kind.Named(mapping.Kind), mapping.Columns, null, primary: true);
            var derived = new List<OutputCounts>();
            foreach (var output in mapping.Derived)
            {
                phase?.Invoke("loading " + output.Kind);
                derived.Add(LoadOutput(context, Kind.Named(output.Kind), output.Columns, output.When, primary: false));
            }

            var result = new IngestResult
            {
                Path = path, Kind = mapping.Kind, Source = source, Vendor = mapping.Vendor, Status = "loaded",
                RowsRead = primary.RowsRead, RowsLoaded = primary.RowsLoaded, RowsUpdated = primary.RowsUpdated,
                Duplicates = primary.Duplicates, Quarantined = primary.Quarantined, Derived = derived, Sha256 = file.Sha256,
            };
            db.Execute(SqlFiles.Read("ingest/log_file.sql"), new Dictionary<string, object>
            {
                ["sha256"] = file.Sha256, ["path"] = path, ["bytes"] = file.Bytes, ["kind"] = mapping.Kind,
                ["vendor"] = mapping.Vendor, ["source"] = source, ["rows_read"] = result.RowsRead,
                ["rows_loaded"] = result.RowsLoaded, ["rows_updated"] = result.RowsUpdated,
                ["duplicates"] = result.Duplicates, ["quarantined"] = result.Quarantined,
                ["derived"] = System.Text.Json.JsonSerializer.Serialize(derived), ["started_at"] = started.UtcDateTime,
            });
            phase?.Invoke("committing");
            FaultInjection.BeforeCommit();
            transaction.Commit();
            return result;
        }
        catch (DuckDBException ex)
        {
            throw raw.Explain(ex);
        }
        finally
        {
            db.Execute("SET TimeZone = 'UTC'");
        }
    }

    private sealed record LoadContext(ExportFile File, ReadableCopy Readable, RawRelation Raw, IReadOnlyList<string> Header, string Source, Action<string>? Phase)
    {
        /// <summary>Record numbers of the rows the CSV reader set aside (found by the first pass over the file).</summary>
        public List<long> RejectedRecords { get; } = [];
    }

    private OutputCounts LoadOutput(
        LoadContext context, Kind kind, IReadOnlyDictionary<string, ColumnSource> columns, ColumnSource? when, bool primary)
    {
        var staging = StagingQuery.Build(context.File.Path, kind, columns, when, context.Header, options);
        var parameters = context.Raw.Parameters();
        foreach (var (name, value) in staging.Parameters)
        {
            parameters[name] = value;
        }
        if (primary)
        {
            RawRelation.DropRejects(db);
        }
        context.Phase?.Invoke($"staging and validating {kind.Name}");
        db.Execute(
            "CREATE OR REPLACE TEMP TABLE typed AS\n" +
            "WITH raw AS (" + context.Raw.Sql(context.Header, collectRejects: primary) + "),\n" +
            "stg AS (" + staging.Sql + ")\n" +
            "SELECT * FROM (" + SqlFiles.Read(kind.ValidateQuery) + ")",
            parameters);

        var rejects = primary ? context.Raw.Rejects(db) : [];
        if (primary)
        {
            context.RejectedRecords.AddRange(rejects.Select(r => r.Record).Order());
        }
        var staged = db.Scalar<long>("SELECT count(*) FROM typed");
        var invalid = db.Scalar<long>("SELECT count(*) FROM typed WHERE _reason IS NOT NULL");
        if (invalid > 0 || rejects.Count > 0)
        {
            Quarantine(context, kind, rejects, parameters);
        }

        context.Phase?.Invoke($"upserting {kind.Name}");
        db.Execute(SqlFiles.Read(kind.UpsertQuery), new { source = context.Source, sha256 = context.File.Sha256 });
        var loaded = db.Scalar<long>("SELECT count(*) FROM incoming");
        var updated = db.Scalar<long>("SELECT count(*) FROM incoming WHERE _replaces");
        var read = staged + rejects.Count;
        return new OutputCounts(kind.Name, read, loaded, updated, staged - invalid - loaded, invalid + rejects.Count);
    }

    /// <summary>Writes the failing rows to quarantine with their physical line, raw content and reasons.</summary>
    private void Quarantine(
        LoadContext context, Kind kind, IReadOnlyList<(long Record, string Raw, string Reason)> rejects,
        Dictionary<string, object> parameters)
    {
        var invalidRecs = new List<long>();
        using (var command = db.Create("SELECT _rec FROM typed WHERE _reason IS NOT NULL ORDER BY _rec"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                invalidRecs.Add(reader.GetInt64(0));
            }
        }
        // CSV: _rec counts the rows the reader accepted, so broken rows it set aside shift the record numbers
        // after them. JSON lines are numbered before invalid lines are set aside.
        var rejected = context.RejectedRecords;
        var recordOf = invalidRecs.ToDictionary(rec => rec,
            rec => context.File.Format == ExportFormat.Csv ? RecordNumber(rec, rejected) : rec);
        IReadOnlyDictionary<long, long> lines;
        using (var content = ExportFile.OpenContent(context.Readable.Path, context.Readable.Gzip(context.File)))
        {
            lines = LineLocator.StartLines(content, context.File.Format, recordOf.Values.Concat(rejects.Select(r => r.Record)));
        }

        db.Execute("CREATE OR REPLACE TEMP TABLE quarantine_lines (_rec BIGINT, line BIGINT, raw VARCHAR, reason VARCHAR)");
        using (var appender = db.CreateAppender("temp", "main", "quarantine_lines"))
        {
            foreach (var (rec, record) in recordOf)
            {
                var row = appender.CreateRow().AppendValue(rec);
                (lines.TryGetValue(record, out var line) ? row.AppendValue(line) : row.AppendNullValue())
                    .AppendNullValue().AppendNullValue().EndRow();
            }
            foreach (var reject in rejects)
            {
                var row = appender.CreateRow().AppendNullValue();
                (lines.TryGetValue(reject.Record, out var line) ? row.AppendValue(line) : row.AppendNullValue())
                    .AppendValue(reject.Raw).AppendValue(reject.Reason).EndRow();
            }
        }

        var quarantineParameters = new Dictionary<string, object>(parameters)
        {
            ["sha256"] = context.File.Sha256, ["file"] = context.File.Path, ["kind"] = kind.Name, ["source"] = context.Source,
        };
        db.Execute(
            "WITH raw AS (" + context.Raw.Sql(context.Header, collectRejects: false) + ")\n" +
            SqlFiles.Read("ingest/quarantine_rows.sql").Replace("/*raw_json*/", StagingQuery.RawAsJson(context.Header), StringComparison.Ordinal),
            quarantineParameters);
    }

    /// <summary>The record number of the rec-th accepted row, counting the rejected records before it.</summary>
    private static long RecordNumber(long rec, IReadOnlyList<long> rejectedSorted)
    {
        var record = rec;
        foreach (var rejected in rejectedSorted)
        {
            if (rejected <= record)
            {
                record++;
            }
            else
            {
                break;
            }
        }
        return record;
    }

    private IngestResult? PreviousLoad(ExportFile file)
    {
        using var command = db.Create("SELECT kind, vendor, source FROM ingest_log WHERE file_sha256 = $sha256", new { sha256 = file.Sha256 });
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }
        return new IngestResult
        {
            Path = file.Path, Kind = reader.GetString(0), Vendor = reader.GetString(1), Source = reader.GetString(2),
            Status = "unchanged", Sha256 = file.Sha256,
        };
    }
}
