using System.IO.Hashing;
using System.Text;
using Fabric.Protos.Peer;
using Google.Protobuf.WellKnownTypes;

namespace MutualAid.DevNetwork.Ledger;

/// <summary>
/// What the block files imply, saved so a restart need not replay every block: world state in key
/// order, history and the txid index, as of a block height. Written to a temporary file, flushed and
/// renamed into place, and checked by CRC-32 on load; a missing, stale or damaged snapshot just means
/// replaying from the blocks.
/// </summary>
internal static class LedgerSnapshot
{
    private const string FileName = "snapshot.dat";
    private const uint Magic = 0x50414E53; // "SNAP"

    public static void Write(string directory, ulong height, WorldState state, HistoryIndex history, TxIndex transactions)
    {
        var path = Path.Combine(directory, FileName);
        var temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            using (var writer = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
            {
                var body = Body(height, state, history, transactions);
                writer.Write(Magic);
                writer.Write(body.Length);
                writer.Write(body);
                writer.Write(Crc32.HashToUInt32(body));
            }

            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Loads the snapshot if it is intact and covers no more blocks than the store holds; returns its height or 0.</summary>
    public static ulong TryLoad(string directory, ulong blockHeight, WorldState state, HistoryIndex history, TxIndex transactions)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return 0;
        }

        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.ReadUInt32() != Magic)
            {
                return 0;
            }

            var body = reader.ReadBytes(reader.ReadInt32());
            if (reader.ReadUInt32() != Crc32.HashToUInt32(body))
            {
                return 0;
            }

            using var content = new BinaryReader(new MemoryStream(body), Encoding.UTF8);
            var height = content.ReadUInt64();
            if (height == 0 || height > blockHeight)
            {
                return 0;
            }

            state.Load(height - 1, ReadState(content));
            foreach (var (ns, key, entry) in ReadHistory(content))
            {
                history.Add(ns, key, entry);
            }

            for (var count = content.ReadInt32(); count > 0; count--)
            {
                transactions.Add(content.ReadString(), new TxLocation(content.ReadUInt64(), content.ReadInt32(), (TxValidationCode)content.ReadInt32()));
            }

            return height;
        }
        catch (Exception error) when (error is IOException or EndOfStreamException or InvalidOperationException)
        {
            return 0;
        }
    }

    private static byte[] Body(ulong height, WorldState state, HistoryIndex history, TxIndex transactions)
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
