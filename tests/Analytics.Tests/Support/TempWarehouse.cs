using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Ingest;
using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Tests.Support;

/// <summary>A real DuckDB warehouse file in a temporary folder, removed afterwards.</summary>
public sealed class TempWarehouse : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("analytics-test-").FullName;
    public string DbPath => Path.Combine(Folder, "warehouse.duckdb");
    private DuckDBConnection? _connection;

    /// <summary>The configuration the warehouse is opened with (set before the first use of <see cref="Db"/>).</summary>
    public AnalyticsSettings Settings { get; set; } = new();

    public DuckDBConnection Db => _connection ??= WarehouseDb.OpenForWrite(DbPath, Settings);

    public IngestResult Ingest(string path, IngestOptions? options = null) =>
        new FileIngestor(Db, options ?? new IngestOptions()).Ingest(path);

    /// <summary>Rows of a query as dictionaries of column name to value (DBNull as null).</summary>
    public List<Dictionary<string, object?>> Rows(string sql, object? parameters = null)
    {
        using var command = Db.Create(sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, object?>();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            rows.Add(row);
        }
        return rows;
    }

    public T Scalar<T>(string sql, object? parameters = null) => Db.Scalar<T>(sql, parameters);

    /// <summary>Closes the connection so another process can open the file.</summary>
    public void Close()
    {
        _connection?.Dispose();
        _connection = null;
    }

    public string Write(string name, string content, System.Text.Encoding? encoding = null)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content, encoding ?? new System.Text.UTF8Encoding(false));
        return path;
    }

    public void Dispose()
    {
        Close();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment; the OS cleans the temp folder.
        }
    }
}
