using System.Diagnostics;

namespace Analytics.Tests.Support;

/// <summary>Runs the real `analytics` executable as a child process.</summary>
public static class Cli
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static string ExecutablePath => System.IO.Path.Combine(AppContext.BaseDirectory, "analytics.dll");

    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ExecutablePath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("analytics " + string.Join(' ', args) + " did not finish");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static Result Run(string workingDirectory, params string[] args) => Run(workingDirectory, null, args);
}
