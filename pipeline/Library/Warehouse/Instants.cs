using System.Data.Common;

namespace Analytics.Pipeline.Warehouse;

/// <summary>
/// How a TIMESTAMPTZ read from DuckDB becomes a <see cref="DateTimeOffset"/>: DuckDB.NET hands it over as a UTC
/// <see cref="DateTime"/> without a kind (or, by some paths, as a DateTimeOffset); both become the same instant in UTC.
/// </summary>
public static class Instants
{
    /// <summary>The instant a TIMESTAMPTZ value stands for, in UTC.</summary>
    public static DateTimeOffset Of(object value) => value switch
    {
        DateTimeOffset d => d.ToUniversalTime(),
        DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        _ => throw new InvalidOperationException($"not an instant: {value.GetType().Name} {value}"),
    };

    /// <summary>Column <paramref name="ordinal"/> as an instant in UTC.</summary>
    public static DateTimeOffset GetInstant(this DbDataReader reader, int ordinal) => Of(reader.GetValue(ordinal));

    /// <summary>Column <paramref name="ordinal"/> as an instant in UTC, null when NULL.</summary>
    public static DateTimeOffset? GetInstantOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Of(reader.GetValue(ordinal));
}
