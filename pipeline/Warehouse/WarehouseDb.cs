using Analytics.Pipeline.Configuration;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Warehouse;

/// <summary>
/// Opens the warehouse file. Writers get the schema migrated and the views and settings tables stored;
/// readers open it read-only, so an analyst's session can never change it, and get the same views as
/// temporary objects computed with the configuration at hand (see <see cref="Views"/>).
/// </summary>
public static class WarehouseDb
{
    public static DuckDBConnection OpenForWrite(string path, AnalyticsSettings settings)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        var connection = Open($"Data Source={path}");
        Migrator.Migrate(connection);
        Views.Refresh(connection, settings, persistent: true);
        return connection;
    }

    public static DuckDBConnection OpenReadOnly(string path, AnalyticsSettings settings)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no warehouse at {path}: run 'analytics ingest' or 'analytics demo' first", path);
        }
        // The scheduler's published copy when it is current; the file itself otherwise (see WarehouseAccess).
        var connection = WarehouseAccess.OpenForReading(path, file => Open($"Data Source={file};ACCESS_MODE=READ_ONLY"), notice => Console.Error.WriteLine("note: " + notice));
        Views.Refresh(connection, settings, persistent: false);
        return connection;
    }

    public static DuckDBConnection OpenInMemory(AnalyticsSettings settings)
    {
        var connection = Open("Data Source=:memory:");
        Migrator.Migrate(connection);
        Views.Refresh(connection, settings, persistent: true);
        return connection;
    }

    private static DuckDBConnection Open(string connectionString)
    {
        var connection = new DuckDBConnection(connectionString);
        try
        {
            connection.Open();
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        // Instants print in UTC unless a query says otherwise; reporting code converts explicitly.
        connection.Execute("SET TimeZone = 'UTC'");
        return connection;
    }
}
