using System.Text;

namespace MutualAid.DevNetwork.Ledger;

/// <summary>One private write as stored on disk: key, value (null = delete) and the block and transaction that wrote it.</summary>
public sealed record PrivateDataRecord(string Namespace, string Collection, string Key, byte[]? Value, KeyVersion Version)
{
    /// <summary>Appends records, each framed with its length and CRC-32, and flushes them to disk.</summary>
    public static void Append(string path, IEnumerable<PrivateDataRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        FramedRecordFile.Append(path, records.Select(r => r.Encode()));
    }

    /// <summary>Reads every intact record; a torn or corrupt tail ends the file.</summary>
    public static IEnumerable<PrivateDataRecord> ReadAll(string path) => FramedRecordFile.ReadAll(path).Select(Decode);

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
