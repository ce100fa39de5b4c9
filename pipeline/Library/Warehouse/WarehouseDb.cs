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
        var connection = Open(path, readOnly: false);
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
        DuckDBConnection Connect() => WarehouseAccess.OpenForReading(path, file => Open(file, readOnly: true), notice => Console.Error.WriteLine("note: " + notice));
        var connection = Connect();
        var version = Migrator.Recorded(connection);
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
        var connection = Open(":memory:", readOnly: false);
        Migrator.Migrate(connection);
        Views.Refresh(connection, settings, persistent: true);
        return connection;
    }

    /// <summary>
    /// How much memory DuckDB may use for its data in this process (docs/performance.md, "Memory"). Work beyond it
    /// spills to <see cref="TempDirectory"/>; with .NET's own memory the process stays under 2 GiB.
    /// </summary>
    public const string MemoryLimit = "1GB";

    /// <summary>
    /// Where DuckDB spills for a database file: <c>&lt;file&gt;.tmp</c> beside it for the one process that writes it
    /// (DuckDB's write lock makes it the only one), <c>&lt;file&gt;.&lt;process id&gt;.tmp</c> for a reader, since several
    /// readers may have the file open at once and two processes must never share a spill folder. DuckDB creates the
    /// folder when it first spills and removes it when the database closes.
    /// </summary>
    public static string TempDirectory(string file, bool readOnly) =>
        Path.GetFullPath(file) + (readOnly ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $".{Environment.ProcessId}.tmp") : ".tmp");

    private static DuckDBConnection Open(string file, bool readOnly)
    {
        // Settings given when the database opens, not with SET: DuckDB refuses to move its spill folder once used.
        var builder = new DuckDBConnectionStringBuilder { DataSource = file };
        builder["memory_limit"] = MemoryLimit;
        if (file != ":memory:")
        {
            builder["temp_directory"] = TempDirectory(file, readOnly);
        }
        if (readOnly)
        {
            builder["access_mode"] = "READ_ONLY";
        }
        var connection = new DuckDBConnection(builder.ConnectionString);
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
