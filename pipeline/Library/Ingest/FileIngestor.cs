using Analytics.Pipeline.Ingest.Mapping;
using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Ingest;

/// <summary>
/// Loads one export file into the warehouse as one transaction. Staging, in temporary tables: recognise the
/// format from the header, read the file with DuckDB's reader (all text), validate and cast in SQL. Then, in
/// the transaction: quarantine what failed (with line and reason), upsert the rest, record the file in
/// ingest_log. A file already in ingest_log (same SHA-256) is not read again.
/// </summary>
public sealed class FileIngestor(DuckDBConnection db, IngestOptions options)
{
    public IngestResult Ingest(string path, Action<string>? phase = null)
    {
        // A file hashed before at the same path, unchanged since by its stamp, is not read again (docs/ingest.md, step 1).
        var fullPath = Path.GetFullPath(path);
        var hashedAt = DateTimeOffset.UtcNow;
        var stamp = FileStamp.Of(fullPath);
        var known = stamp is null ? null : KnownSha256(fullPath, stamp);
        phase?.Invoke(known is null ? "hashing" : "recognised by its stamp");
        var file = ExportFile.Inspect(path, known);
        var newStamp = known is null && stamp is not null ? StampParameters(fullPath, stamp) : null;
        if (newStamp is not null)
        {
            newStamp["sha256"] = file.Sha256;
            newStamp["hashed_at"] = hashedAt.UtcDateTime;
        }
        if (PreviousLoad(file) is { } previous)
        {
            if (newStamp is not null)
            {
                db.Execute(SqlFiles.Read("ingest/stamp_record.sql"), newStamp);
            }
            return previous;
        }

        using var readable = ReadableCopy.For(file, options.Encoding);
        var raw = new RawRelation(file, readable.Path);
        var started = DateTimeOffset.UtcNow;

        // Timestamps written without an offset are local times of the source.
        db.Execute($"SET TimeZone = {Sql.Literal(options.TimeZone ?? "UTC")}");
        var outputs = new List<StagedOutput>();
        try
        {
            // Staging works in temporary tables, which are never part of the warehouse file: it needs no
            // transaction (inside one, DuckDB's transaction-local storage makes it about twice as slow).
            phase?.Invoke("reading header");
            raw.Open(db);
            var mapping = MappingCatalog.Detect(path, raw.Header, options.Vendor);
            // Rows of one kind are staged straight from the reader; rows of several kinds, or numbered by the
            // mapping, from a text table read first (docs/ingest.md, step 2).
            if (mapping.Derived.Count > 0 || mapping.Columns.Values.Any(c => c.Record))
            {
                phase?.Invoke("reading file");
                raw.Load(db);
            }
            var context = new LoadContext(file, readable, raw, options.SourceName ?? mapping.Vendor, phase);
            outputs.AddRange(mapping.Derived
                .Select(d => (d.Kind, d.Columns, d.When))
                .Prepend((mapping.Kind, mapping.Columns, When: (ColumnSource?)null))
                .Select((output, index) => Stage(context, index, output.Kind, output.Columns, output.When)));

            // Every change to the warehouse, for every kind of rows in the file, is one transaction.
            using var transaction = db.BeginTransaction();
            var counts = outputs.Select(staged => Apply(context, staged)).ToList();
            phase?.Invoke("coverage");
            CoverageTable.Refresh(db, context.Source);
            phase?.Invoke("KPI rows");
            // The tickets the file wrote are read from the staged rows (queries/ingest/upsert_tickets.sql), on every core.
            KpiFacts.Update(db, file.Sha256, outputs.Any(o => o.Kind == Kind.Tickets) ? "file_ticket_rows" : "tickets");
            var (primary, derived) = (counts[0], counts.Skip(1).ToList());
            var result = new IngestResult
            {
                Path = path,
                Kind = mapping.Kind,
                Source = context.Source,
                Vendor = mapping.Vendor,
                Status = IngestStatus.Loaded,
                RowsRead = primary.RowsRead,
                RowsLoaded = primary.RowsLoaded,
                RowsUpdated = primary.RowsUpdated,
                Duplicates = primary.Duplicates,
                Quarantined = primary.Quarantined,
                Derived = derived,
                Sha256 = file.Sha256,
            };
            db.Execute(SqlFiles.Read("ingest/log_file.sql"), new Dictionary<string, object>
            {
                ["sha256"] = file.Sha256,
                ["path"] = path,
                ["bytes"] = file.Bytes,
                ["kind"] = mapping.Kind.Name,
                ["vendor"] = mapping.Vendor,
                ["source"] = context.Source,
                ["rows_read"] = result.RowsRead,
                ["rows_loaded"] = result.RowsLoaded,
                ["rows_updated"] = result.RowsUpdated,
                ["duplicates"] = result.Duplicates,
                ["quarantined"] = result.Quarantined,
                ["derived"] = System.Text.Json.JsonSerializer.Serialize(derived),
                ["started_at"] = started.UtcDateTime,
                ["time_zone"] = (object?)options.TimeZone ?? DBNull.Value,
            });
            if (newStamp is not null)
            {
                db.Execute(SqlFiles.Read("ingest/stamp_record.sql"), newStamp);
            }
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
            // Set for one statement of the stored KPI rows' update (queries/facts/update.sql), which resets it unless
            // that statement failed: then only now, after the rollback, can it be.
            db.Execute("RESET disabled_optimizers");
            // The staged rows are no longer needed once the file is in (or not).
            // A streamed read may have failed part-way, before its table was listed: typed_0 is dropped regardless.
            db.Execute("DROP VIEW IF EXISTS typed; DROP VIEW IF EXISTS file_ticket_rows; DROP TABLE IF EXISTS tickets_passed_over; DROP TABLE IF EXISTS typed_0; "
                + string.Concat(outputs.Select(o => $"DROP VIEW IF EXISTS typed_{o.Kind.Name}; DROP TABLE IF EXISTS {o.Table}; ")));
            RawRelation.Drop(db);
        }
    }

    private sealed record LoadContext(ExportFile File, ReadableCopy Readable, RawRelation Raw, string Source, Action<string>? Phase);

    /// <summary>
    /// One kind of rows of the file, validated into its own temporary table; <paramref name="Relation"/> reads it
    /// with its record numbers.
    /// </summary>
    private sealed record StagedOutput(Kind Kind, string Table, string Relation, long Staged, long Invalid, bool Primary);

    /// <summary>
    /// Maps and validates one kind of rows taken from the file into <c>typed_N</c>. The raw row is kept, as JSON,
    /// for the failing rows only.
    /// </summary>
    private StagedOutput Stage(LoadContext context, int index, Kind kind, IReadOnlyDictionary<string, ColumnSource> columns, ColumnSource? when)
    {
        var staging = StagingQuery.Build(context.File.Path, kind, columns, when, context.Raw.Header, options);
        var table = $"typed_{index}";
        context.Phase?.Invoke(context.Raw.Streamed ? $"reading and validating {kind.Name}" : $"validating {kind.Name}");
        var parameters = new Dictionary<string, object>(context.Raw.Parameters);
        foreach (var (name, value) in staging.Parameters)
        {
            parameters[name] = value;
        }
        db.Execute(
            $"CREATE OR REPLACE TEMP TABLE {table} AS\n" +
            "WITH raw AS (" + context.Raw.Sql() + "),\n" +
            "stg AS (" + staging.Sql + ")\n" +
            $"SELECT * REPLACE (CASE WHEN _reason IS NOT NULL THEN {StagingQuery.RawAsJson(context.Raw.Header)} END AS _raw)\n" +
            "FROM (" + SqlFiles.Read(kind.ValidateQuery) + ")",
            parameters);
        context.Raw.AfterStreamedRead(db);
        var relation = context.Raw.TypedRelation(db, table);
        var (staged, invalid) = Counts($"SELECT count(*), count(*) FILTER (_reason IS NOT NULL) FROM {table}");
        return new StagedOutput(kind, table, relation, staged, invalid, Primary: index == 0);
    }

    /// <summary>Quarantines and upserts one staged kind of rows (inside the file's transaction).</summary>
    private OutputCounts Apply(LoadContext context, StagedOutput output)
    {
        // The ingest queries read the rows being loaded as `typed`, and each kind's under a name of its own
        // (`typed_tickets`), which stays while the file's transaction lasts.
        db.Execute($"CREATE OR REPLACE TEMP VIEW typed AS {output.Relation}; CREATE OR REPLACE TEMP VIEW typed_{output.Kind.Name} AS {output.Relation}");
        // Rows the reader set aside belong to the file's own kind, not to rows derived from it.
        var rejects = output.Primary ? context.Raw.Rejects : [];
        if (output.Invalid > 0 || rejects.Count > 0)
        {
            context.Phase?.Invoke($"quarantining {output.Invalid + rejects.Count} {output.Kind.Name} row(s)");
            Quarantine(context, output.Kind, rejects);
        }

        context.Phase?.Invoke($"upserting {output.Kind.Name}");
        db.Execute(Sql.WithLiterals(SqlFiles.Read(output.Kind.UpsertQuery), new Dictionary<string, object?>
        {
            ["source"] = context.Source,
            ["sha256"] = context.File.Sha256,
        }));
        var (loaded, updated) = Counts(SqlFiles.Read("ingest/upsert_counts.sql"));
        return new OutputCounts(output.Kind, output.Staged + rejects.Count, loaded, updated,
            output.Staged - output.Invalid - loaded, output.Invalid + rejects.Count);
    }

    /// <summary>Writes the failing rows to quarantine with their physical line, raw content and reasons.</summary>
    private void Quarantine(LoadContext context, Kind kind, IReadOnlyList<(long Record, string Raw, string Reason)> rejects)
    {
        var invalid = new List<long>();
        using (var command = db.Create(SqlFiles.Read("ingest/invalid_records.sql")))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                invalid.Add(reader.GetInt64(0));
            }
        }
        var recordOf = invalid.ToDictionary(rec => rec, context.Raw.RecordOf);
        IReadOnlyDictionary<long, long> lines;
        using (var content = ExportFile.OpenContent(context.Readable.Path, context.Readable.Gzip(context.File)))
        {
            lines = LineLocator.StartLines(content, context.File.Format, recordOf.Values.Concat(rejects.Select(r => r.Record)));
        }

        db.Execute(SqlFiles.Read("ingest/quarantine_lines.sql"));
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

        db.Execute(SqlFiles.Read("ingest/quarantine_rows.sql"),
            new { sha256 = context.File.Sha256, file = context.File.Path, kind = kind.Name, source = context.Source });
    }

    private (long, long) Counts(string sql)
    {
        using var command = db.Create(sql);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>
    /// The SHA-256 worked out for the file at <paramref name="path"/> when it had this same stamp, if it had settled
    /// before then (<see cref="FileStamp.SettledBefore"/>); otherwise null, and the file is hashed.
    /// </summary>
    private string? KnownSha256(string path, FileStamp stamp)
    {
        using var command = db.Create(SqlFiles.Read("ingest/stamp_lookup.sql"), StampParameters(path, stamp));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }
        var hashedAt = new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(1), DateTimeKind.Utc));
        return stamp.SettledBefore(hashedAt) ? reader.GetString(0) : null;
    }

    /// <summary>The path and stamp as the parameters of queries/ingest/stamp_lookup.sql and stamp_record.sql.</summary>
    private static Dictionary<string, object> StampParameters(string path, FileStamp stamp) => new()
    {
        ["path"] = path,
        ["device"] = stamp.Device,
        ["inode"] = stamp.Inode,
        ["bytes"] = stamp.Bytes,
        ["modified_ns"] = stamp.ModifiedNs,
        ["changed_ns"] = stamp.ChangedNs,
    };

    private IngestResult? PreviousLoad(ExportFile file)
    {
        using var command = db.Create(SqlFiles.Read("ingest/previous_load.sql"), new { sha256 = file.Sha256 });
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }
        return new IngestResult
        {
            Path = file.Path,
            Kind = Kind.Named(reader.GetString(0)),
            Vendor = reader.GetString(1),
            Source = reader.GetString(2),
            Status = IngestStatus.Unchanged,
            Sha256 = file.Sha256,
        };
    }
}
