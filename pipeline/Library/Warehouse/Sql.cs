using System.Text;
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
    /// boolean, a number, a DATE, a quoted string or a list of them), for a statement whose arguments DuckDB should see
    /// as constants: it folds them when it plans (a macro's choice of columns, bounds it checks against row groups), which
    /// it cannot do for a bound parameter. Only names in the statement itself are replaced, not in its comments, string
    /// literals or quoted identifiers: a value written into a <c>--</c> comment would end it at its first line break and
    /// the rest would run as SQL. Strings are quoted, so any value is then safe.
    /// </summary>
    public static string WithLiterals(string sql, IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(values);
        var result = new StringBuilder(sql.Length);
        var i = 0;
        while (i < sql.Length)
        {
            var skipped = Unreplaced(sql, i);
            if (skipped > i)
            {
                result.Append(sql, i, skipped - i);
                i = skipped;
                continue;
            }
            // $name: a letter or _, then letters, digits and _.
            var end = i + 1;
            if (sql[i] == '$' && end < sql.Length && (char.IsAsciiLetter(sql[end]) || sql[end] == '_'))
            {
                while (end < sql.Length && (char.IsAsciiLetterOrDigit(sql[end]) || sql[end] == '_'))
                {
                    end++;
                }
            }
            if (end > i + 1)
            {
                var name = sql[(i + 1)..end];
                result.Append(values.TryGetValue(name, out var value)
                    ? LiteralOf(value)
                    : throw new ArgumentException($"no value for ${name}", nameof(values)));
                i = end;
                continue;
            }
            result.Append(sql[i]);
            i++;
        }
        return result.ToString();
    }

    /// <summary>
    /// Where the comment, string literal or quoted identifier starting at <paramref name="start"/> ends (just after it;
    /// the end of the text when it is not closed); <paramref name="start"/> itself when none starts there.
    /// </summary>
    private static int Unreplaced(string sql, int start)
    {
        static int After(string sql, int from, string end)
        {
            var at = sql.IndexOf(end, from, StringComparison.Ordinal);
            return at < 0 ? sql.Length : at + end.Length;
        }
        if (string.CompareOrdinal(sql, start, "--", 0, 2) == 0)
        {
            return After(sql, start + 2, "\n");
        }
        if (string.CompareOrdinal(sql, start, "/*", 0, 2) == 0)
        {
            return After(sql, start + 2, "*/");
        }
        if (sql[start] is '\'' or '"')
        {
            // A quote inside is written twice, which reads as the end and the start of two quoted runs in a row.
            return After(sql, start + 1, sql[start].ToString());
        }
        return start;
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

    /// <summary>Quotes an identifier (a column name taken from a file header) for use in SQL.</summary>
    public static string Ident(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Quotes a string literal (quotes inside doubled).</summary>
    public static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
