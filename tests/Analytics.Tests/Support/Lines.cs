using System.Diagnostics;

namespace Analytics.Tests.Support;

/// <summary>
/// Lines as something writes them (a child process's output, a logger), kept in order; a test waits for the line
/// that says what it waits for instead of sleeping. The wait ends with a <see cref="TimeoutException"/> after the
/// given time, or at once when no more lines can come, saying what was seen.
/// </summary>
public sealed class Lines
{
    private readonly List<string> _lines = [];
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Seen)> _waiting = [];
    private bool _ended;

    /// <summary>Every line so far, in order.</summary>
    public IReadOnlyList<string> All
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>Every line so far, one per line.</summary>
    public string Text => string.Join('\n', All);

    public void Add(string line)
    {
        List<TaskCompletionSource<string>> seen;
        lock (_lines)
        {
            _lines.Add(line);
            seen = [.. _waiting.Where(w => w.Match(line)).Select(w => w.Seen)];
            _waiting.RemoveAll(w => seen.Contains(w.Seen));
        }
        seen.ForEach(s => s.TrySetResult(line));
    }

    /// <summary>No more lines will come: a wait still open fails now.</summary>
    public void End()
    {
        List<TaskCompletionSource<string>> open;
        lock (_lines)
        {
            _ended = true;
            open = [.. _waiting.Select(w => w.Seen)];
            _waiting.Clear();
        }
        open.ForEach(s => s.TrySetException(new InvalidOperationException("the output ended without the line waited for:\n" + Text)));
    }

    /// <summary>The first line (already written or still to come) that <paramref name="match"/> accepts.</summary>
    public async Task<string> WaitForAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lines)
        {
            if (_lines.FirstOrDefault(match) is { } line)
            {
                return line;
            }
            if (_ended)
            {
                throw new InvalidOperationException("the output ended without the line waited for:\n" + string.Join('\n', _lines));
            }
            _waiting.Add((match, seen));
        }
        try
        {
            return await seen.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"the line waited for did not come within {timeout}; the lines so far:\n{Text}");
        }
    }

    /// <summary>Collects the standard output of <paramref name="process"/> (started with it redirected, not yet read).</summary>
    public static Lines OfOutput(Process process)
    {
        var lines = new Lines();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                lines.End();
            }
            else
            {
                lines.Add(e.Data);
            }
        };
        process.BeginOutputReadLine();
        return lines;
    }
}
