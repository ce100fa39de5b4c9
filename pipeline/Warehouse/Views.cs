using DuckDB.NET.Data;

namespace Analytics.Pipeline.Warehouse;

/// <summary>(Re)creates the views and macros of <c>queries/views/</c> and <c>queries/ingest/macros.sql</c>.</summary>
public static class Views
{
    public static void Refresh(DuckDBConnection connection)
    {
        connection.Execute(SqlFiles.Read("ingest/macros.sql"));
        foreach (var name in SqlFiles.List("views"))
        {
            connection.Execute(SqlFiles.Read(name));
        }
    }
}
