namespace Analytics.Tests.Support;

/// <summary>Paths of the hand-written fixture files and of the shared real data.</summary>
public static class Fixtures
{
    public static string Path(string relative) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    /// <summary>The repository root (holding Analytics.sln).</summary>
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Analytics.sln")))
            {
                dir = dir.Parent;
            }
            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }

    /// <summary>The shared real data folder: ../shared/data beside the repository.</summary>
    public static string SharedDataFolder => System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", "shared", "data"));

    /// <summary>A file of the shared real data (tests using it are <see cref="RealDataFactAttribute"/>).</summary>
    public static string SharedData(string relative)
    {
        var path = System.IO.Path.Combine(SharedDataFolder, relative);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"real data file missing: {path} (the shared data folder sits beside the repository)");
        }
        return path;
    }

    public static DateTime Utc(string iso) =>
        DateTime.SpecifyKind(DateTime.Parse(iso, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal), DateTimeKind.Unspecified);
}
