using System.IO.Hashing;
using System.Text;

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
                var body = SnapshotBody.Encode(height, state, history, transactions);
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

            SnapshotBody.Decode(content, height, state, history, transactions);
            return height;
        }
        catch (Exception error) when (error is IOException or EndOfStreamException or InvalidOperationException)
        {
            return 0;
        }
    }
}
