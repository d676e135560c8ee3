using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace MutualAid.DevNetwork.Ledger;

/// <summary>One private write as stored on disk: key, value (null = delete) and the block and transaction that wrote it.</summary>
public sealed record PrivateDataRecord(string Namespace, string Collection, string Key, byte[]? Value, KeyVersion Version)
{
    /// <summary>Appends records, each framed with its length and CRC-32, and flushes them to disk.</summary>
    public static void Append(string path, IEnumerable<PrivateDataRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        Span<byte> header = stackalloc byte[8];
        foreach (var record in records)
        {
            var body = record.Encode();
            BinaryPrimitives.WriteInt32LittleEndian(header, body.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(header[4..], Crc32.HashToUInt32(body));
            file.Write(header);
            file.Write(body);
        }

        file.Flush(flushToDisk: true);
    }

    /// <summary>Reads every intact record; a torn or corrupt tail ends the file.</summary>
    public static IEnumerable<PrivateDataRecord> ReadAll(string path)
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

            yield return Decode(body.ToArray());
            position += 8 + length;
        }
    }

    private byte[] Encode()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Namespace);
            writer.Write(Collection);
            writer.Write(Key);
            writer.Write(Value is not null);
            writer.Write(Value?.Length ?? 0);
            writer.Write(Value ?? []);
            writer.Write(Version.BlockNum);
            writer.Write(Version.TxNum);
        }

        return stream.ToArray();
    }

    private static PrivateDataRecord Decode(byte[] body)
    {
        using var reader = new BinaryReader(new MemoryStream(body), Encoding.UTF8);
        var ns = reader.ReadString();
        var collection = reader.ReadString();
        var key = reader.ReadString();
        var hasValue = reader.ReadBoolean();
        var value = reader.ReadBytes(reader.ReadInt32());
        var version = new KeyVersion(reader.ReadUInt64(), reader.ReadUInt64());
        return new PrivateDataRecord(ns, collection, key, hasValue ? value : null, version);
    }
}
