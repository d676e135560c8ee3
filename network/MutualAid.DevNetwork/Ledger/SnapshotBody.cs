using System.Text;
using Fabric.Protos.Peer;
using Google.Protobuf.WellKnownTypes;

namespace MutualAid.DevNetwork.Ledger;

/// <summary>
/// The content of a ledger snapshot: the height, then world state in key order (value, version, metadata), then
/// every key's history, then the txid index; lengths before variable parts, strings as BinaryWriter writes them.
/// </summary>
internal static class SnapshotBody
{
    public static byte[] Encode(ulong height, WorldState state, HistoryIndex history, TxIndex transactions)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream, Encoding.UTF8);
        writer.Write(height);
        var entries = state.Entries();
        writer.Write(entries.Count);
        foreach (var (ns, key, value) in entries)
        {
            writer.Write(ns);
            writer.Write(key);
            WriteBytes(writer, value.Value);
            writer.Write(value.Version.BlockNum);
            writer.Write(value.Version.TxNum);
            writer.Write(value.Metadata.Count);
            foreach (var (name, bytes) in value.Metadata)
            {
                writer.Write(name);
                WriteBytes(writer, bytes);
            }
        }

        var keys = history.All();
        writer.Write(keys.Count);
        foreach (var (ns, key, changes) in keys)
        {
            writer.Write(ns);
            writer.Write(key);
            writer.Write(changes.Count);
            foreach (var change in changes)
            {
                writer.Write(change.TxId);
                WriteBytes(writer, change.Value);
                writer.Write(change.IsDelete);
                writer.Write(change.Timestamp.Seconds);
                writer.Write(change.Timestamp.Nanos);
                writer.Write(change.Version.BlockNum);
                writer.Write(change.Version.TxNum);
            }
        }

        var committed = transactions.All();
        writer.Write(committed.Count);
        foreach (var (txId, location) in committed)
        {
            writer.Write(txId);
            writer.Write(location.BlockNumber);
            writer.Write(location.TxNum);
            writer.Write((int)location.Code);
        }

        writer.Flush();
        return stream.ToArray();
    }

    /// <summary>Loads what <see cref="Encode"/> wrote after the height into the given indexes.</summary>
    public static void Decode(BinaryReader reader, ulong height, WorldState state, HistoryIndex history, TxIndex transactions)
    {
        state.Load(height - 1, ReadState(reader));
        foreach (var (ns, key, entry) in ReadHistory(reader))
        {
            history.Add(ns, key, entry);
        }

        for (var count = reader.ReadInt32(); count > 0; count--)
        {
            transactions.Add(reader.ReadString(), new TxLocation(reader.ReadUInt64(), reader.ReadInt32(), (TxValidationCode)reader.ReadInt32()));
        }
    }

    private static List<(string, string, VersionedValue)> ReadState(BinaryReader reader)
    {
        var entries = new List<(string, string, VersionedValue)>();
        for (var count = reader.ReadInt32(); count > 0; count--)
        {
            var ns = reader.ReadString();
            var key = reader.ReadString();
            var value = ReadBytes(reader);
            var version = new KeyVersion(reader.ReadUInt64(), reader.ReadUInt64());
            var metadata = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            for (var entriesLeft = reader.ReadInt32(); entriesLeft > 0; entriesLeft--)
            {
                metadata[reader.ReadString()] = ReadBytes(reader);
            }

            entries.Add((ns, key, new VersionedValue(value, version, metadata.Count == 0 ? VersionedValue.NoMetadata : metadata)));
        }

        return entries;
    }

    private static List<(string, string, HistoryEntry)> ReadHistory(BinaryReader reader)
    {
        var entries = new List<(string, string, HistoryEntry)>();
        for (var keys = reader.ReadInt32(); keys > 0; keys--)
        {
            var ns = reader.ReadString();
            var key = reader.ReadString();
            for (var changes = reader.ReadInt32(); changes > 0; changes--)
            {
                var txId = reader.ReadString();
                var value = ReadBytes(reader);
                var isDelete = reader.ReadBoolean();
                var timestamp = new Timestamp { Seconds = reader.ReadInt64(), Nanos = reader.ReadInt32() };
                var version = new KeyVersion(reader.ReadUInt64(), reader.ReadUInt64());
                entries.Add((ns, key, new HistoryEntry(txId, value, isDelete, timestamp, version)));
            }
        }

        return entries;
    }

    private static void WriteBytes(BinaryWriter writer, byte[] bytes)
    {
        writer.Write(bytes.Length);
        writer.Write(bytes);
    }

    private static byte[] ReadBytes(BinaryReader reader) => reader.ReadBytes(reader.ReadInt32());
}
