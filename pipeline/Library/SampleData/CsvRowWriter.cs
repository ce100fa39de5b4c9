using System.Buffers;
using System.Globalization;
using System.Text;

namespace Analytics.Pipeline.SampleData;

/// <summary>
/// A fast RFC 4180 CSV writer: UTF-8 without BOM, comma, "\n" line ends, a field quoted only when
/// it holds a comma, quote or line break. Rows are built in a char buffer and written in one go;
/// numbers and dates are formatted by hand, so no culture can leak in.
/// </summary>
internal sealed class CsvRowWriter : IDisposable
{
    private static readonly SearchValues<char> NeedsQuoting = SearchValues.Create(",\"\r\n");
    private readonly StreamWriter _writer;
    private char[] _row = new char[1024];
    private int _length;
    private bool _firstField = true;

    public CsvRowWriter(string path, IEnumerable<string> header)
    {
        Path = path;
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        _writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        foreach (var name in header)
        {
            Text(name);
        }
        EndRow();
        Rows = 0;
    }

    public string Path { get; }

    /// <summary>Data rows written (the header is not counted).</summary>
    public long Rows { get; private set; }

    public void Empty() => Next();

    public void Text(string? value)
    {
        Next(value is null ? 0 : (value.Length * 2) + 2);
        if (string.IsNullOrEmpty(value))
        {
            return;
        }
        if (value.AsSpan().IndexOfAny(NeedsQuoting) < 0)
        {
            Append(value);
            return;
        }
        _row[_length++] = '"';
        foreach (var c in value)
        {
            if (c == '"')
            {
                _row[_length++] = '"';
            }
            _row[_length++] = c;
        }
        _row[_length++] = '"';
    }

    /// <summary>Items joined by <paramref name="separator"/> as one field, quoted when the separator needs it.</summary>
    public void Joined(IEnumerable<string> items, char separator) => Text(string.Join(separator, items));

    public void Number(long value)
    {
        Next(24);
        value.TryFormat(_row.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
        _length += written;
    }

    /// <summary>An id like T000042: a prefix and a zero-padded number.</summary>
    public void Id(char prefix, long number, int width)
    {
        Next(width + 24);
        _row[_length++] = prefix;
        number.TryFormat(_row.AsSpan(_length), out var written, "D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        _length += written;
    }

    /// <summary>Cents as a decimal with two places, e.g. 4158.00.</summary>
    public void Money(long cents)
    {
        Next(32);
        (cents / 100).TryFormat(_row.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
        _length += written;
        _row[_length++] = '.';
        Timestamps.Two(_row, ref _length, (int)(cents % 100));
    }

    /// <summary>A timestamp (seconds since 0001-01-01) in one of the fixed layouts; empty when null.</summary>
    public void Time(long? seconds, TimestampLayout layout)
    {
        Next(24);
        if (seconds is { } s)
        {
            Timestamps.Write(_row, ref _length, s, layout);
        }
    }

    /// <summary>A business-hours duration as H:MM:SS (hours may exceed 24); empty when null.</summary>
    public void Hours(long? seconds)
    {
        Next(32);
        if (seconds is { } s)
        {
            (s / 3600).TryFormat(_row.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
            _length += written;
            _row[_length++] = ':';
            Timestamps.Two(_row, ref _length, (int)(s / 60 % 60));
            _row[_length++] = ':';
            Timestamps.Two(_row, ref _length, (int)(s % 60));
        }
    }

    public void EndRow()
    {
        Ensure(1);
        _row[_length++] = '\n';
        _writer.Write(_row, 0, _length);
        _length = 0;
        _firstField = true;
        Rows++;
    }

    public void Dispose() => _writer.Dispose();

    private void Append(string value)
    {
        value.CopyTo(_row.AsSpan(_length));
        _length += value.Length;
    }

    /// <summary>Starts a field: writes the separator and makes room for <paramref name="room"/> chars.</summary>
    private void Next(int room = 0)
    {
        Ensure(room + 1);
        if (!_firstField)
        {
            _row[_length++] = ',';
        }
        _firstField = false;
    }

    private void Ensure(int room)
    {
        if (_length + room > _row.Length)
        {
            Array.Resize(ref _row, Math.Max(_row.Length * 2, _length + room));
        }
    }
}
