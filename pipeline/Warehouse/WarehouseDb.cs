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
        var connection = Open($"Data Source={path};ACCESS_MODE=READ_ONLY");
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
        connection.Open();
        // Instants print in UTC unless a query says otherwise; reporting code converts explicitly.
        connection.Execute("SET TimeZone = 'UTC'");
        return connection;
    }
}
