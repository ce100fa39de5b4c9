using System.Text.Json.Serialization;

namespace Analytics.Pipeline.Ingest;

/// <summary>
/// What happened to one export file. Counts conserve: rows_read = rows_loaded + duplicates + quarantined
/// (rows_updated is the part of rows_loaded that replaced an older version).
/// </summary>
public sealed record IngestResult
{
    [JsonPropertyName("path")] public required string Path { get; init; }
    [JsonPropertyName("kind")] public required Kind Kind { get; init; }
    [JsonPropertyName("source")] public required string Source { get; init; }
    [JsonPropertyName("vendor")] public required string Vendor { get; init; }
    [JsonPropertyName("status"), JsonConverter(typeof(ClosedSetJsonConverter))] public required IngestStatus Status { get; init; }
    [JsonPropertyName("rows_read")] public long RowsRead { get; init; }
    [JsonPropertyName("rows_loaded")] public long RowsLoaded { get; init; }
    [JsonPropertyName("rows_updated")] public long RowsUpdated { get; init; }
    [JsonPropertyName("duplicates")] public long Duplicates { get; init; }
    [JsonPropertyName("quarantined")] public long Quarantined { get; init; }
    /// <summary>Rows of other kinds carried by the same file (CSAT in a ticket export, events in an event log).</summary>
    [JsonPropertyName("derived")] public IReadOnlyList<OutputCounts> Derived { get; init; } = [];
    [JsonPropertyName("sha256")] public required string Sha256 { get; init; }
}

/// <summary>Whether a file was loaded now or had been before (the same SHA-256 is in <c>ingest_log</c>).</summary>
public enum IngestStatus
{
    Loaded,
    /// <summary>Ingested before: not read again, nothing counted.</summary>
    Unchanged,
}

/// <summary>Counts for one kind of rows taken from a file.</summary>
public sealed record OutputCounts(
    [property: JsonPropertyName("kind")] Kind Kind,
    [property: JsonPropertyName("rows_read")] long RowsRead,
    [property: JsonPropertyName("rows_loaded")] long RowsLoaded,
    [property: JsonPropertyName("rows_updated")] long RowsUpdated,
    [property: JsonPropertyName("duplicates")] long Duplicates,
    [property: JsonPropertyName("quarantined")] long Quarantined);
