using System.Runtime.InteropServices;

namespace Analytics.Pipeline.Ingest;

/// <summary>
/// What the file system says of a file without reading it: device, inode, size, and modification and status change
/// times to the nanosecond (Linux <c>statx</c>). The ingest recognises a file it hashed before by it (docs/ingest.md,
/// step 1), as git's index recognises unchanged files: a write changes the size or the modification time, and every
/// change of content or times sets the change time, which nothing can set back.
/// </summary>
public sealed record FileStamp(ulong Device, ulong Inode, long Bytes, long ModifiedNs, long ChangedNs)
{
    /// <summary>
    /// A file changed this shortly before it was hashed may change again within the same tick of a coarse clock of its
    /// file system, and keep its stamp: it is hashed again next time.
    /// </summary>
    public static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);

    /// <summary>The stamp of the file, or null where the system gives none (not Linux, or the call failed).</summary>
    public static FileStamp? Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }
        try
        {
            if (Native.Statx(AtFdCwd, System.Text.Encoding.UTF8.GetBytes(path + '\0'), 0, Wanted, out var buffer) != 0 || (buffer.Mask & Wanted) != Wanted)
            {
                return null;
            }
            return new FileStamp(
                ((ulong)buffer.DevMajor << 32) | buffer.DevMinor, buffer.Inode, (long)buffer.Size,
                Nanoseconds(buffer.ModifiedSeconds, buffer.ModifiedNanoseconds), Nanoseconds(buffer.ChangedSeconds, buffer.ChangedNanoseconds));
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether a file with this stamp, hashed at <paramref name="hashedAt"/>, may be taken for the content hashed then:
    /// only when it had not changed for <see cref="Settled"/> before the hashing started.
    /// </summary>
    public bool SettledBefore(DateTimeOffset hashedAt)
    {
        var limit = (hashedAt - Settled - DateTimeOffset.UnixEpoch).Ticks * 100;
        return ModifiedNs < limit && ChangedNs < limit;
    }

    private static long Nanoseconds(long seconds, uint nanoseconds) => (seconds * 1_000_000_000) + nanoseconds;

    private const int AtFdCwd = -100;

    // STATX_TYPE | STATX_MODE | STATX_NLINK | STATX_UID | STATX_GID | STATX_ATIME | STATX_MTIME | STATX_CTIME | STATX_INO | STATX_SIZE
    // would be STATX_BASIC_STATS; these are the fields used: mtime, ctime, ino, size.
    private const uint Wanted = 0x040 | 0x080 | 0x100 | 0x200;

    /// <summary>struct statx of linux/stat.h: 256 bytes, the fields read at their fixed offsets.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(0)] public uint Mask;
        [FieldOffset(32)] public ulong Inode;
        [FieldOffset(40)] public ulong Size;
        [FieldOffset(96)] public long ChangedSeconds;
        [FieldOffset(104)] public uint ChangedNanoseconds;
        [FieldOffset(112)] public long ModifiedSeconds;
        [FieldOffset(120)] public uint ModifiedNanoseconds;
        [FieldOffset(136)] public uint DevMajor;
        [FieldOffset(140)] public uint DevMinor;
    }

    private static class Native
    {
        [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
        public static extern int Statx(int directory, byte[] path, int flags, uint mask, out StatxBuffer buffer);
    }
}
