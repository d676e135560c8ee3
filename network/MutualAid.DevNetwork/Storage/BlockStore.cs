using System.Globalization;

namespace MutualAid.DevNetwork.Storage;

/// <summary>
/// An append-only, checksummed store of serialized blocks in numbered segment files
/// (<c>blockfile_000000</c>, ...). Opening the store scans every frame and truncates a torn tail, so
/// after a crash at any moment it holds exactly the blocks whose append completed. Appends are
/// flushed to disk before they return. One writer, any number of concurrent readers.
/// </summary>
public sealed class BlockStore : IDisposable
{
    private const string SegmentPrefix = "blockfile_";
    private readonly string _directory;
    private readonly long _segmentLimit;
    private readonly List<BlockLocation> _index = [];
    private readonly Lock _writeLock = new();
    private FileStream _writer;
    private int _segment;

    private BlockStore(string directory, long segmentLimit)
    {
        _directory = directory;
        _segmentLimit = segmentLimit;
        _writer = null!;
    }

    /// <summary>Number of blocks stored; the next block's number.</summary>
    public ulong Height
    {
        get
        {
            lock (_writeLock)
            {
                return (ulong)_index.Count;
            }
        }
    }

    /// <summary>
    /// Opens (or creates) the store in <paramref name="directory"/>, recovering from a torn write.
    /// </summary>
    /// <exception cref="InvalidDataException">A segment holds a frame out of sequence.</exception>
    public static BlockStore Open(string directory, long segmentLimit = 64L * 1024 * 1024)
    {
        Directory.CreateDirectory(directory);
        var store = new BlockStore(directory, segmentLimit);
        store.Recover();
        return store;
    }

    /// <summary>Appends block <see cref="Height"/>, durably.</summary>
    /// <exception cref="ArgumentException">The number is not the next in sequence.</exception>
    public void Append(ulong number, ReadOnlySpan<byte> block)
    {
        lock (_writeLock)
        {
            if (number != (ulong)_index.Count)
            {
                throw new ArgumentException(
                    $"block {number} is out of sequence; the store expects block {_index.Count}", nameof(number));
            }

            if (_writer.Length > 0 && _writer.Length + BlockFrame.HeaderSize + block.Length > _segmentLimit)
            {
                _writer.Dispose();
                _segment++;
                _writer = OpenSegmentForAppend(_segment);
            }

            Span<byte> header = stackalloc byte[BlockFrame.HeaderSize];
            BlockFrame.WriteHeader(header, number, block);
            var offset = _writer.Length + BlockFrame.HeaderSize;
            _writer.Write(header);
            _writer.Write(block);
            _writer.Flush(flushToDisk: true);
            _index.Add(new BlockLocation(_segment, offset, block.Length));
        }
    }

    /// <summary>Reads the serialized block with the given number.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such block.</exception>
    public byte[] Read(ulong number)
    {
        BlockLocation location;
        lock (_writeLock)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(number, (ulong)_index.Count);
            location = _index[(int)number];
        }

        var buffer = new byte[location.Length];
        using var handle = File.OpenHandle(SegmentPath(location.Segment), FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var read = 0;
        while (read < buffer.Length)
        {
            var n = RandomAccess.Read(handle, buffer.AsSpan(read), location.Offset + read);
            if (n == 0)
            {
                throw new InvalidDataException($"block {number} is cut short on disk");
            }

            read += n;
        }

        return buffer;
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();

    private void Recover()
    {
        var segments = Directory.GetFiles(_directory, SegmentPrefix + "*")
            .Select(path => int.Parse(Path.GetFileName(path)[SegmentPrefix.Length..], CultureInfo.InvariantCulture))
            .Order()
            .ToList();
        var torn = false;
        foreach (var segment in segments)
        {
            if (torn)
            {
                // Everything after a torn frame was written after it; none of it was acknowledged.
                File.Delete(SegmentPath(segment));
                continue;
            }

            _segment = segment;
            torn = !ScanSegment(segment);
        }

        _writer = OpenSegmentForAppend(_segment);
    }

    /// <summary>Indexes a segment's intact frames and truncates anything after them.</summary>
    private bool ScanSegment(int segment)
    {
        using var stream = new FileStream(SegmentPath(segment), FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        var header = new byte[BlockFrame.HeaderSize];
        long position = 0;
        while (true)
        {
            stream.Position = position;
            if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length
                || !BlockFrame.TryReadHeader(header, out var number, out var length, out var checksum)
                || position + BlockFrame.HeaderSize + length > stream.Length)
            {
                break;
            }

            var payload = new byte[length];
            stream.ReadExactly(payload);
            if (!BlockFrame.IsIntact(payload, checksum))
            {
                break;
            }

            if (number != (ulong)_index.Count)
            {
                throw new InvalidDataException(
                    $"segment {segment} holds block {number} where block {_index.Count} was expected");
            }

            _index.Add(new BlockLocation(segment, position + BlockFrame.HeaderSize, length));
            position += BlockFrame.HeaderSize + length;
        }

        var intact = position == stream.Length;
        if (!intact)
        {
            stream.SetLength(position);
            stream.Flush(flushToDisk: true);
        }

        return intact;
    }

    private FileStream OpenSegmentForAppend(int segment)
    {
        var stream = new FileStream(SegmentPath(segment), FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read);
        stream.Seek(0, SeekOrigin.End);
        return stream;
    }

    private string SegmentPath(int segment)
        => Path.Combine(_directory, SegmentPrefix + segment.ToString("D6", CultureInfo.InvariantCulture));
}
