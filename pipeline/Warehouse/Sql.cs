using DuckDB.NET.Data;

namespace Analytics.Pipeline.Warehouse;

/// <summary>Small helpers over ADO.NET: run a statement with <c>$name</c> parameters, read a scalar.</summary>
public static class Sql
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

    /// <summary>Quotes an identifier (a column name taken from a file header) for use in SQL.</summary>
    public static string Ident(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Quotes a string literal; only for values the program itself owns (mapping files), never user input.</summary>
    public static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
