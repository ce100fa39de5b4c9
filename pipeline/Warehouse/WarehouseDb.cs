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
    /// <summary>Opens for writing, migrated, with the views stored for <paramref name="settings"/> as they are.</summary>
    public static DuckDBConnection OpenForWrite(string path, AnalyticsSettings settings)
    {
        var connection = ConnectForWrite(path);
        Views.Refresh(connection, settings, persistent: true);
        return connection;
    }

    /// <summary>Opens read-only, with the views as temporary objects for <paramref name="settings"/> as they are.</summary>
    public static DuckDBConnection OpenReadOnly(string path, AnalyticsSettings settings)
    {
        var connection = ConnectReadOnly(path);
        Views.Refresh(connection, settings, persistent: false);
        return connection;
    }

    /// <summary>Opens for writing and migrates; the views are not refreshed yet.</summary>
    internal static DuckDBConnection ConnectForWrite(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        var connection = Open($"Data Source={path}");
        try
        {
            Migrator.Migrate(connection);
            CoverageTable.RefreshIfMissing(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return connection;
    }

    /// <summary>Opens read-only (the scheduler's current copy when there is one); the views are not refreshed yet.</summary>
    internal static DuckDBConnection ConnectReadOnly(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no warehouse at {path}: run 'analytics ingest' or 'analytics demo' first", path);
        }
        // The scheduler's published copy when it is current; the file itself otherwise (see WarehouseAccess).
        DuckDBConnection Connect() => WarehouseAccess.OpenForReading(path, file => Open($"Data Source={file};ACCESS_MODE=READ_ONLY"), notice => Console.Error.WriteLine("note: " + notice));
        var connection = Connect();
        var version = connection.Scalar<int?>("SELECT max(version) FROM schema_version") ?? 0;
        if (version >= Migrator.Latest)
        {
            return connection;
        }
        // Written by an older version: the views need the current schema. Upgrade the file (a brief write, as any
        // writing command would do), then read it.
        connection.Dispose();
        try
        {
            ConnectForWrite(path).Dispose();
        }
        catch (DuckDBException ex) when (WarehouseAccess.IsLockConflict(ex))
        {
            throw new InvalidOperationException(
                $"the warehouse {path} was written by an older version of analytics (schema {version}, this one needs {Migrator.Latest}) "
                + "and another process is writing to it; its next write (a job of analytics serve, or any ingest) upgrades it", ex);
        }
        Console.Error.WriteLine($"note: the warehouse was upgraded from schema {version} to {Migrator.Latest}");
        return Connect();
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
