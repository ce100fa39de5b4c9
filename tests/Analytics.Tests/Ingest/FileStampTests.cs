using Analytics.Pipeline.Ingest;
using Analytics.Pipeline.Warehouse;
using Analytics.Tests.Support;

namespace Analytics.Tests.Ingest;

/// <summary>
/// A file hashed before is recognised by its stamp (device, inode, size, modification and change times) without
/// reading it again (docs/ingest.md, step 1); any change of it, or a change just before it was hashed, makes the
/// ingest hash it again.
/// </summary>
public sealed class FileStampTests : IDisposable
{
    private const string Header = "ticket_id,created_at,updated_at,status\n";
    private static readonly DateTime LongAgo = new(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc);
    private readonly TempWarehouse _w = new();

    public void Dispose() => _w.Dispose();

    private (IngestResult Result, List<string> Phases) Ingest(string path)
    {
        var phases = new List<string>();
        var result = new FileIngestor(_w.Db, new IngestOptions { SourceName = "desk" }).Ingest(path, phases.Add);
        return (result, phases);
    }

    /// <summary>Moves the recorded hashing of <paramref name="path"/> to <paramref name="seconds"/> after the file's last change.</summary>
    private void HashedAfterLastChange(string path, double seconds)
    {
        var stamp = FileStamp.Of(Path.GetFullPath(path))!;
        var changed = DateTimeOffset.UnixEpoch.AddTicks(Math.Max(stamp.ModifiedNs, stamp.ChangedNs) / 100).AddSeconds(seconds);
        _w.Db.Execute("UPDATE ingest_file_stamps SET hashed_at = $at WHERE path = $path", new { at = changed.UtcDateTime, path = Path.GetFullPath(path) });
    }

    [Fact]
    public void A_file_unchanged_since_it_was_hashed_is_recognised_without_being_read()
    {
        var path = _w.Write("a.csv", Header + "A,2026-03-02T09:00:00Z,2026-03-02T09:00:00Z,open\n");
        var (first, firstPhases) = Ingest(path);
        Assert.Equal(IngestStatus.Loaded, first.Status);
        Assert.Contains("hashing", firstPhases);
        var recorded = _w.Rows("SELECT file_sha256, bytes FROM ingest_file_stamps");
        Assert.Equal((first.Sha256, new FileInfo(path).Length), ((string)recorded.Single()["file_sha256"]!, (long)recorded.Single()["bytes"]!));

        HashedAfterLastChange(path, 60);
        var (again, phases) = Ingest(path);

        Assert.Equal(IngestStatus.Unchanged, again.Status);
        Assert.Contains("recognised by its stamp", phases);
        Assert.DoesNotContain("hashing", phases);
    }

    [Fact]
    public void A_file_rewritten_with_its_size_and_modification_time_kept_is_read_again()
    {
        var path = _w.Write("a.csv", Header + "A,2026-03-02T09:00:00Z,2026-03-02T09:00:00Z,open\n");
        File.SetLastWriteTimeUtc(path, LongAgo);
        var before = FileStamp.Of(path)!;
        Ingest(path);
        HashedAfterLastChange(path, 60);

        // The same number of bytes, in place, and the modification time set back: only the change time tells.
        File.WriteAllText(path, Header + "B,2026-03-02T09:00:00Z,2026-03-02T09:00:00Z,open\n");
        File.SetLastWriteTimeUtc(path, LongAgo);
        var after = FileStamp.Of(path)!;
        Assert.Equal(before with { ChangedNs = after.ChangedNs }, after);
        Assert.NotEqual(before.ChangedNs, after.ChangedNs);

        var (again, phases) = Ingest(path);

        Assert.Contains("hashing", phases);
        Assert.Equal((IngestStatus.Loaded, 1L), (again.Status, again.RowsLoaded));
        Assert.Equal(["A", "B"], _w.Rows("SELECT ticket_id FROM tickets ORDER BY ticket_id").Select(r => (string)r["ticket_id"]!));
    }

    [Fact]
    public void A_file_that_changed_shortly_before_it_was_hashed_is_hashed_again()
    {
        // A file system whose clock ticks coarsely could give a change right after the hashing the same stamp.
        var path = _w.Write("a.csv", Header + "A,2026-03-02T09:00:00Z,2026-03-02T09:00:00Z,open\n");
        Ingest(path);
        HashedAfterLastChange(path, 1.5);

        var (again, phases) = Ingest(path);

        Assert.Equal(IngestStatus.Unchanged, again.Status);
        Assert.Contains("hashing", phases);
        // Hashed again now, long enough after its last change: the next time it is recognised by its stamp.
        HashedAfterLastChange(path, 2.5);
        Assert.Contains("recognised by its stamp", Ingest(path).Phases);
    }

    [Fact]
    public void A_stamp_is_the_file_systems_view_of_the_file()
    {
        var path = _w.Write("a.csv", Header);
        File.SetLastWriteTimeUtc(path, LongAgo);
        var stamp = FileStamp.Of(path)!;

        Assert.Equal(new FileInfo(path).Length, stamp.Bytes);
        Assert.Equal(LongAgo, DateTime.UnixEpoch.AddTicks(stamp.ModifiedNs / 100));
        // Its status changed when its time was set, which is now.
        Assert.InRange(DateTime.UnixEpoch.AddTicks(stamp.ChangedNs / 100), DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddSeconds(1));
        Assert.NotEqual(0UL, stamp.Inode);
        Assert.Null(FileStamp.Of(Path.Combine(_w.Folder, "no-such-file.csv")));
    }
}
