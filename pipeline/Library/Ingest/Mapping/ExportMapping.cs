using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analytics.Pipeline.Ingest.Mapping;

/// <summary>
/// One export format, read from <c>queries/mappings/*.json</c>: how to recognise its header and where each
/// canonical column comes from. The ingest code holds no vendor knowledge of its own.
/// </summary>
public sealed record ExportMapping
{
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    public required string Vendor { get; init; }
    public required Kind Kind { get; init; }
    public required HeaderRule Detect { get; init; }
    public required IReadOnlyDictionary<string, ColumnSource> Columns { get; init; }
    public IReadOnlyList<DerivedOutput> Derived { get; init; } = [];

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static ExportMapping Parse(string name, string json)
    {
        var file = JsonSerializer.Deserialize<MappingFile>(json, Json)
            ?? throw new InvalidOperationException($"mapping {name} is empty");
        return new ExportMapping
        {
            Name = name,
            Description = file.Description ?? "",
            Vendor = file.Vendor,
            Kind = file.Kind,
            Detect = file.Detect,
            Columns = file.Columns,
            Derived = file.Derived ?? [],
        };
    }

    private sealed record MappingFile(
        string? Description, string Vendor, Kind Kind, HeaderRule Detect,
        Dictionary<string, ColumnSource> Columns, List<DerivedOutput>? Derived);
}

/// <summary>How a header is recognised. Names compare case-insensitively.</summary>
public sealed record HeaderRule
{
    /// <summary>Every one of these columns must be present.</summary>
    public IReadOnlyList<string> Required { get; init; } = [];
    /// <summary>At least one column must match this regular expression.</summary>
    public string? RequiredMatching { get; init; }
    /// <summary>When given, at least one of these must be present.</summary>
    public IReadOnlyList<string> AnyOf { get; init; } = [];
    /// <summary>None of these may be present (tells apart formats with overlapping columns).</summary>
    public IReadOnlyList<string> Absent { get; init; } = [];
}

/// <summary>
/// Where one canonical column comes from, tried in this order: the configured column (<see cref="Setting"/>),
/// the first present of <see cref="From"/>, the first header matching <see cref="FromMatching"/>, a value given
/// for the whole file (<see cref="Param"/>), the record number (<see cref="Record"/>), a constant; else NULL.
/// <see cref="Via"/> names a macro of queries/ingest/macros.sql applied to the column (and the <see cref="With"/> columns).
/// </summary>
public sealed record ColumnSource
{
    [JsonConverter(typeof(OneOrManyConverter))]
    public IReadOnlyList<string> From { get; init; } = [];
    public string? FromMatching { get; init; }
    public string? Setting { get; init; }
    public IReadOnlyList<string> With { get; init; } = [];
    public string? Via { get; init; }
    public string? Const { get; init; }
    public string? Param { get; init; }
    public bool Record { get; init; }
}

/// <summary>Rows of another kind carried by the same export (e.g. CSAT ratings inside a ticket export).</summary>
public sealed record DerivedOutput
{
    public required Kind Kind { get; init; }
    /// <summary>Only rows for which this column expression is true.</summary>
    public ColumnSource? When { get; init; }
    public required IReadOnlyDictionary<string, ColumnSource> Columns { get; init; }
}

/// <summary>Reads <c>"from": "A"</c> and <c>"from": ["A", "B"]</c> alike.</summary>
internal sealed class OneOrManyConverter : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? [reader.GetString()!]
            : JsonSerializer.Deserialize<List<string>>(ref reader, options) ?? [];

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options);
}
