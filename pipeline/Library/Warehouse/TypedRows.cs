using System.Data.Common;
using System.Globalization;
using System.Reflection;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Warehouse;

/// <summary>
/// Rows of a query as records: each column goes to the constructor parameter of the same name (<c>p_value</c> to
/// <c>PValue</c>), converted to its type (an enum from its closed-set text, a TIMESTAMPTZ to a UTC
/// <see cref="DateTimeOffset"/>, a DATE or 'YYYY-MM-DD' text to a <see cref="DateOnly"/>, NULL to null). A column
/// without a parameter, a parameter without a column and without a default, and a NULL for a parameter that cannot be
/// null are errors naming them: a query and its record cannot drift apart unnoticed (docs/architecture.md, "Typed rows").
/// </summary>
public static class TypedRows
{
    public static IReadOnlyList<T> Query<T>(this DuckDBConnection db, string sql, object? parameters = null)
    {
        using var command = db.Create(sql, parameters);
        using var reader = command.ExecuteReader();
        var constructor = Constructor<T>();
        var slots = Slots(constructor.GetParameters(), reader, typeof(T));
        var nullability = new NullabilityInfoContext();
        var nullable = slots.Select(s => s.Parameter.ParameterType.IsValueType
            ? Nullable.GetUnderlyingType(s.Parameter.ParameterType) is not null
            : nullability.Create(s.Parameter).WriteState != NullabilityState.NotNull).ToArray();
        var rows = new List<T>();
        while (reader.Read())
        {
            var arguments = new object?[slots.Length];
            for (var i = 0; i < slots.Length; i++)
            {
                var (parameter, ordinal) = slots[i];
                arguments[i] = ordinal < 0 ? parameter.DefaultValue
                    : !reader.IsDBNull(ordinal) ? Convert(reader.GetValue(ordinal), parameter.ParameterType, parameter.Name!)
                    : nullable[i] ? null
                    : throw new InvalidOperationException($"{typeof(T).Name}.{parameter.Name}: column {ColumnOf(parameter.Name!)} is NULL");
            }
            rows.Add((T)constructor.Invoke(BindingFlags.DoNotWrapExceptions, null, arguments, null));
        }
        return rows;
    }

    /// <summary>The column name of a parameter: <c>PValue</c> is <c>p_value</c>, <c>NextAttemptAt</c> is <c>next_attempt_at</c>.</summary>
    public static string ColumnOf(string parameter) => ClosedSet.Words(parameter, '_');

    private static ConstructorInfo Constructor<T>() =>
        typeof(T).GetConstructors().MaxBy(c => c.GetParameters().Length)
        ?? throw new InvalidOperationException($"{typeof(T).Name} has no public constructor");

    private static (ParameterInfo Parameter, int Ordinal)[] Slots(ParameterInfo[] parameters, DbDataReader reader, Type type)
    {
        var columns = Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => i, StringComparer.Ordinal);
        var slots = parameters.Select(p => columns.TryGetValue(ColumnOf(p.Name!), out var ordinal) ? (p, ordinal)
            : p.HasDefaultValue ? (p, -1)
            : throw new InvalidOperationException($"{type.Name}.{p.Name}: the query has no column {ColumnOf(p.Name!)}")).ToArray();
        var unread = columns.Keys.Except(parameters.Select(p => ColumnOf(p.Name!))).ToList();
        return unread.Count == 0 ? slots
            : throw new InvalidOperationException($"{type.Name} has no parameter for the column(s) {string.Join(", ", unread)}");
    }

    private static object Convert(object value, Type target, string name)
    {
        var type = Nullable.GetUnderlyingType(target) ?? target;
        return type switch
        {
            _ when type.IsInstanceOfType(value) => value,
            _ when type.IsEnum => ParseClosedSet.MakeGenericMethod(type).Invoke(null, BindingFlags.DoNotWrapExceptions, null, [(string)value], null)!,
            _ when type == typeof(DateTimeOffset) => Instants.Of(value),
            _ when type == typeof(DateOnly) => value switch
            {
                DateTime d => DateOnly.FromDateTime(d),
                string s => Configuration.LocalDate.Parse(s),
                _ => throw new InvalidOperationException($"{name}: not a date: {value.GetType().Name}"),
            },
            // A sum of BIGINTs is a HUGEINT, which DuckDB.NET hands over as a BigInteger.
            _ when value is System.Numerics.BigInteger huge => System.Convert.ChangeType((long)huge, type, CultureInfo.InvariantCulture),
            _ => System.Convert.ChangeType(value, type, CultureInfo.InvariantCulture),
        };
    }

    private static readonly MethodInfo ParseClosedSet = typeof(ClosedSet).GetMethod(nameof(ClosedSet.Parse))!;
}
