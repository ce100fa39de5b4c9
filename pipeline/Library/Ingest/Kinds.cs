using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analytics.Pipeline.Ingest;

/// <summary>
/// What the warehouse loads, a closed set of four: each kind's canonical input columns (docs/ingest.md) and its
/// validation and upsert queries in <c>queries/ingest/</c>. Its <see cref="Name"/> is its text in the mappings,
/// <c>ingest_log.kind</c> and the ingest output.
/// </summary>
[JsonConverter(typeof(KindJsonConverter))]
public sealed record Kind
{
    private Kind(string name, IReadOnlyList<string> columns) => (Name, Columns) = (name, columns);

    public string Name { get; }

    public IReadOnlyList<string> Columns { get; }

    public override string ToString() => Name;

    public string ValidateQuery => $"ingest/validate_{Name}.sql";
    public string UpsertQuery => $"ingest/upsert_{Name}.sql";

    public static readonly Kind Tickets = new("tickets",
    [
        "ticket_id", "created_at", "updated_at", "first_response_at", "solved_at", "first_solved_at", "closed_at",
        "status", "channel", "category", "priority", "customer_id", "agent_id", "team", "reopens", "agent_replies",
        "subject", "description", "tags", "frt_minutes", "frt_business_minutes", "resolution_minutes", "resolution_business_minutes",
        "requester_wait_minutes", "requester_wait_business_minutes",
    ]);

    public static readonly Kind Surveys = new("surveys",
        ["response_id", "survey", "score", "scale_max", "responded_at", "ticket_id", "customer_id", "agent_id", "comment"]);

    public static readonly Kind Customers = new("customers",
        ["customer_id", "created_at", "churned_at", "segment", "plan", "mrr"]);

    public static readonly Kind TicketEvents = new("ticket_events",
        ["ticket_id", "at", "actor", "public", "type", "status", "body"]);

    public static IReadOnlyList<Kind> All { get; } = [Tickets, Surveys, Customers, TicketEvents];

    public static Kind Named(string name) =>
        All.FirstOrDefault(k => k.Name == name)
        ?? throw new InvalidOperationException($"unknown kind '{name}'; the kinds are {string.Join(", ", All.Select(k => k.Name))}");
}

/// <summary>A <see cref="Kind"/> as its name in JSON (mappings, the ingest output).</summary>
internal sealed class KindJsonConverter : JsonConverter<Kind>
{
    public override Kind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Kind.Named(reader.GetString()!);

    public override void Write(Utf8JsonWriter writer, Kind value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name);
}
