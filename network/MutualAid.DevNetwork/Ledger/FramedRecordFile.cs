using System.Buffers.Binary;
using System.IO.Hashing;

namespace MutualAid.DevNetwork.Ledger;

/// <summary>
/// An append-only file of records, each framed with its length and CRC-32, so a torn or corrupt
/// tail (a crash mid-append) ends the file instead of corrupting what precedes it.
/// </summary>
internal static class FramedRecordFile
{
    /// <summary>Appends record bodies and flushes them to disk.</summary>
    public static void Append(string path, IEnumerable<byte[]> bodies)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        Span<byte> header = stackalloc byte[8];
        foreach (var body in bodies)
        {
            BinaryPrimitives.WriteInt32LittleEndian(header, body.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(header[4..], Crc32.HashToUInt32(body));
            file.Write(header);
            file.Write(body);
        }

        file.Flush(flushToDisk: true);
    }

    /// <summary>Reads every intact record body, up to the first torn or corrupt one.</summary>
    public static IEnumerable<byte[]> ReadAll(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var position = 0;
        while (position + 8 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(position));
            var checksum = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(position + 4));
            if (length < 0 || position + 8 + length > bytes.Length)
            {
                yield break;
            }

            var body = bytes.AsSpan(position + 8, length);
            if (Crc32.HashToUInt32(body) != checksum)
            {
                yield break;
            }

            yield return body.ToArray();
            position += 8 + length;
        }
    }

    /// <summary>Writes <paramref name="bodies"/> to a new file and swaps it in, so dropped records leave the disk.</summary>
    public static void Replace(string path, IEnumerable<byte[]> bodies)
    {
        var temporary = path + ".tmp";
        File.Delete(temporary);
        Append(temporary, bodies);
        File.Move(temporary, path, overwrite: true);
    }
}
