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
        if (connection.Scalar<long>("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_version' AND database_name = current_database()") == 0)
        {
            connection.Execute(
                "CREATE TABLE schema_version (version INTEGER NOT NULL, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL);" +
                "COMMENT ON TABLE schema_version IS 'One row per schema migration applied to this file (queries/schema/).';" +
                "COMMENT ON COLUMN schema_version.version IS 'Number of the migration (the prefix of its file name).';" +
                "COMMENT ON COLUMN schema_version.name IS 'The migration file, under queries/.';" +
                "COMMENT ON COLUMN schema_version.applied_at IS 'When it was applied to this file.';");
        }
        return connection.Scalar<int?>("SELECT max(version) FROM schema_version") ?? 0;
    }

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
            connection.Execute("INSERT INTO schema_version VALUES ($version, $name, now())", new { version = migration.Version, name = migration.Name });
            transaction.Commit();
            applied++;
        }
        return applied;
    }
}
