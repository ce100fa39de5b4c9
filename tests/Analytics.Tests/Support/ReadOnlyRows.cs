using DuckDB.NET.Data;

namespace Analytics.Tests.Support;

/// <summary>Rows of a query on a warehouse file opened read-only, as any DuckDB client opens it (tests read such files in parallel).</summary>
public static class ReadOnlyRows
{
    public static List<Dictionary<string, object?>> Of(string dbPath, string sql)
    {
        using var db = new DuckDBConnection($"Data Source={dbPath};ACCESS_MODE=READ_ONLY");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i)));
        }
        return rows;
    }
}
