using System.Security.Cryptography;
using System.Text;
using Fabric.Protos.Ledger.KvRwset;
using Google.Protobuf;

namespace MutualAid.DevNetwork.Ledger;

/// <summary>
/// One collection's private write set of one committed transaction, as the transaction wrote it (a
/// serialized <see cref="KVRWSet"/>, so its SHA-256 is the hash the block carries until a purge trims it).
/// </summary>
/// <param name="Version">The block and the transaction's index in it.</param>
/// <param name="Namespace">The chaincode.</param>
/// <param name="Collection">The collection.</param>
/// <param name="ExpiryBlock">The block whose commit purges it (the collection's block-to-live); 0 keeps it.</param>
/// <param name="Rwset">The serialized <see cref="KVRWSet"/>.</param>
public sealed record PrivateWriteSet(KeyVersion Version, string Namespace, string Collection, ulong ExpiryBlock, ByteString Rwset)
{
    /// <summary>
    /// This write set without the writes of the key whose SHA-256 is <paramref name="keyHash"/>; itself
    /// when it has none, null when nothing would remain.
    /// </summary>
    public PrivateWriteSet? WithoutKey(ReadOnlySpan<byte> keyHash)
    {
        var set = KVRWSet.Parser.ParseFrom(Rwset);
        var removed = 0;
        for (var i = set.Writes.Count - 1; i >= 0; i--)
        {
            if (SHA256.HashData(Encoding.UTF8.GetBytes(set.Writes[i].Key)).AsSpan().SequenceEqual(keyHash))
            {
                set.Writes.RemoveAt(i);
                removed++;
            }
        }

        if (removed == 0)
        {
            return this;
        }

        return set.CalculateSize() == 0 ? null : this with { Rwset = set.ToByteString() };
    }

    /// <summary>The record as stored on disk.</summary>
    internal byte[] Encode()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version.BlockNum);
            writer.Write(Version.TxNum);
            writer.Write(Namespace);
            writer.Write(Collection);
            writer.Write(ExpiryBlock);
            writer.Write(Rwset.Length);
            writer.Write(Rwset.Span);
        }

        return stream.ToArray();
    }

    /// <summary>Reads a record written by <see cref="Encode"/>.</summary>
    internal static PrivateWriteSet Decode(byte[] body)
    {
        using var reader = new BinaryReader(new MemoryStream(body), Encoding.UTF8);
        var version = new KeyVersion(reader.ReadUInt64(), reader.ReadUInt64());
        var ns = reader.ReadString();
        var collection = reader.ReadString();
        var expiry = reader.ReadUInt64();
        var rwset = ByteString.CopyFrom(reader.ReadBytes(reader.ReadInt32()));
        return new PrivateWriteSet(version, ns, collection, expiry, rwset);
    }
}
