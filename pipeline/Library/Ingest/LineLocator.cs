namespace Analytics.Pipeline.Ingest;

/// <summary>
/// Finds the physical line on which given records start, so a quarantined row can be found in an editor
/// even when quoted fields before it hold line breaks. Records are numbered from 1 after the header
/// (CSV) or from the first line (JSON lines); blank lines are not records. Only run when something is
/// quarantined, so a clean load never pays for it.
/// </summary>
public static class LineLocator
{
    public static IReadOnlyDictionary<long, long> StartLines(Stream content, ExportFormat format, IEnumerable<long> records)
    {
        var wanted = new HashSet<long>(records);
        var result = new Dictionary<long, long>(wanted.Count);
        if (wanted.Count == 0)
        {
            return result;
        }
        var csv = format == ExportFormat.Csv;
        long record = csv ? -1 : 0; // the CSV header is record 0
        long line = 1;
        var quoted = false;
        var atLineStart = true;
        var inRecord = false;
        var buffer = new byte[1 << 16];
        int read;
        while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                var b = buffer[i];
                if (b == (byte)'\n')
                {
                    line++;
                    atLineStart = true;
                    if (!quoted)
                    {
                        inRecord = false;
                    }
                    continue;
                }
                if (b == (byte)'\r')
                {
                    continue;
                }
                if (!inRecord && atLineStart)
                {
                    record++;
                    inRecord = true;
                    if (wanted.Contains(record))
                    {
                        result[record] = line;
                        if (result.Count == wanted.Count)
                        {
                            return result;
                        }
                    }
                }
                atLineStart = false;
                if (csv && b == (byte)'"')
                {
                    quoted = !quoted;
                }
            }
        }
        return result;
    }
}
