using System.Reflection;

namespace Analytics.Pipeline.Warehouse;

/// <summary>
/// The files of <c>queries/</c>, carried inside the executable as embedded resources so that the binary
/// runs from anywhere. Names are paths relative to <c>queries/</c>, e.g. <c>schema/001_core_tables.sql</c>.
/// </summary>
public static class SqlFiles
{
    private const string Prefix = "queries/";
    private static readonly Assembly Assembly = typeof(SqlFiles).Assembly;

    public static string Read(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"queries/{name} is not embedded in the executable");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Names under a folder of <c>queries/</c>, in ordinal order.</summary>
    public static IReadOnlyList<string> List(string folder) =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + folder + "/", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToList();
}
