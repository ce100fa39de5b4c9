namespace Analytics.Tests.Support;

/// <summary>A temporary folder of one test (a working directory for the commands it runs), removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("analytics-test-").FullName;

    public string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose() => Remove(Path);

    /// <summary>
    /// A folder for the rest of this test run (a fixture shared by the run), removed when the process exits. The test
    /// host can be stopped before that removal is done, so the folders of earlier runs whose process is gone are
    /// removed here.
    /// </summary>
    public static string ForThisRun(string name)
    {
        var prefix = $"analytics-run-{name}-";
        foreach (var earlier in Directory.EnumerateDirectories(System.IO.Path.GetTempPath(), prefix + "*"))
        {
            var pid = System.IO.Path.GetFileName(earlier)[prefix.Length..].Split('-')[0];
            if (int.TryParse(pid, System.Globalization.CultureInfo.InvariantCulture, out var id) && !Running(id))
            {
                Remove(earlier);
            }
        }
        var folder = Directory.CreateTempSubdirectory($"{prefix}{Environment.ProcessId}-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove(folder);
        return folder;
    }

    private static bool Running(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Removes <paramref name="folder"/> and what it holds, as far as it can.</summary>
    public static void Remove(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment; the OS cleans the temp folder.
        }
    }
}
