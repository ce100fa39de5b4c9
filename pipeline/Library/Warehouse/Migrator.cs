using DuckDB.NET.Data;

namespace Analytics.Pipeline.Warehouse;

/// <summary>
/// Brings a warehouse file to the current schema: the numbered files of <c>queries/schema/</c> are applied
/// in order, each in its own transaction, and recorded in <c>schema_version</c>. Opening an older file
/// upgrades it; a file from a newer program is refused rather than misread.
/// </summary>
public static class Migrator
{
    public sealed record Migration(int Version, string Name);

    public static IReadOnlyList<Migration> All { get; } = SqlFiles.List("schema")
        .Select(name => new Migration(int.Parse(Path.GetFileName(name)[..3], System.Globalization.CultureInfo.InvariantCulture), name))
        .ToList();

    public static int Latest => All[^1].Version;

    public static int CurrentVersion(DuckDBConnection connection)
    {
        if (connection.Scalar<long>(SqlFiles.Read("catalog/table_exists.sql"), new { name = "schema_version" }) == 0)
        {
            connection.Execute(SqlFiles.Read("migrations/version_table.sql"));
        }
        return Recorded(connection);
    }

    /// <summary>The latest migration recorded in the file's <c>schema_version</c>; 0 when none.</summary>
    public static int Recorded(DuckDBConnection connection) =>
        connection.Scalar<int?>(SqlFiles.Read("migrations/version_current.sql")) ?? 0;

    /// <summary>Applies every migration above the file's version, up to <paramref name="target"/> (default: all).</summary>
    public static int Migrate(DuckDBConnection connection, int? target = null)
    {
        var current = CurrentVersion(connection);
        if (current > Latest)
        {
            throw new InvalidOperationException(
                $"the warehouse has schema version {current}, newer than this program's {Latest}; use a newer analytics");
        }
        var applied = 0;
        foreach (var migration in All.Where(m => m.Version > current && m.Version <= (target ?? Latest)))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(SqlFiles.Read(migration.Name));
            connection.Execute(SqlFiles.Read("migrations/version_record.sql"), new { version = migration.Version, name = migration.Name });
            transaction.Commit();
            applied++;
        }
        return applied;
    }
}
