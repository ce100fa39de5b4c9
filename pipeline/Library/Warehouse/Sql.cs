using DuckDB.NET.Data;

namespace Analytics.Pipeline.Warehouse;

/// <summary>Small helpers over ADO.NET: run a statement with <c>$name</c> parameters, read a scalar.</summary>
public static partial class Sql
{
    public static int Execute(this DuckDBConnection connection, string sql, object? parameters = null)
    {
        using var command = connection.Create(sql, parameters);
        return command.ExecuteNonQuery();
    }

    public static T Scalar<T>(this DuckDBConnection connection, string sql, object? parameters = null)
    {
        using var command = connection.Create(sql, parameters);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static DuckDBCommand Create(this DuckDBConnection connection, string sql, object? parameters = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        if (parameters is IEnumerable<KeyValuePair<string, object>> pairs)
        {
            foreach (var (name, value) in pairs)
            {
                command.Parameters.Add(new DuckDBParameter(name, value));
            }
        }
        else if (parameters is not null)
        {
            foreach (var property in parameters.GetType().GetProperties())
            {
                command.Parameters.Add(new DuckDBParameter(property.Name, property.GetValue(parameters) ?? DBNull.Value));
            }
        }
        return command;
    }

    /// <summary>
    /// <paramref name="sql"/> with each <c>$name</c> of <paramref name="values"/> written in as a literal (NULL, a
    /// number, a DATE, a quoted string or a list of them), for a statement whose arguments DuckDB should see as
    /// constants: it folds them when it plans (a macro's choice of columns, bounds it checks against row groups), which
    /// it cannot do for a bound parameter. Strings are quoted, so any value is safe.
    /// </summary>
    public static string WithLiterals(string sql, IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(values);
        return ParameterName().Replace(sql, match => values.TryGetValue(match.Groups[1].Value, out var value)
            ? LiteralOf(value)
            : throw new ArgumentException($"no value for ${match.Groups[1].Value}", nameof(values)));
    }

    private static string LiteralOf(object? value) => value switch
    {
        null or DBNull => "NULL",
        string text => Literal(text),
        bool flag => flag ? "true" : "false",
        DateOnly date => "DATE " + Literal(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        int or long or double or decimal => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
        System.Collections.IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(LiteralOf)) + "]",
        _ => throw new ArgumentException($"no literal for a {value.GetType().Name}", nameof(value)),
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial System.Text.RegularExpressions.Regex ParameterName();

    /// <summary>Quotes an identifier (a column name taken from a file header) for use in SQL.</summary>
    public static string Ident(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Quotes a string literal (quotes inside doubled).</summary>
    public static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
