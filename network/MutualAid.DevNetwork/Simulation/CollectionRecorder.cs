using System.Security.Cryptography;
using Fabric.Protos.Ledger.KvRwset;
using Fabric.Protos.Ledger.Rwset;
using Google.Protobuf;
using MutualAid.DevNetwork.Ledger;

namespace MutualAid.DevNetwork.Simulation;

/// <summary>
/// One collection's part of a simulation: hashed reads and writes (which go into the transaction for
/// every peer to validate) and the private writes themselves (which only member peers receive).
/// </summary>
internal sealed class CollectionRecorder(string collection)
{
    private readonly SortedDictionary<string, KeyVersion?> _reads = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (byte[]? Value, bool Purge)> _writes = new(Utf8KeyComparer.Instance);

    public bool HasWrites => _writes.Count > 0;

    /// <summary>The hex SHA-256 of a key: how hashed state and hashed read sets name it.</summary>
    public static string KeyHash(string key) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));

    public void Read(string key, KeyVersion? version) => _reads.TryAdd(KeyHash(key), version);

    public void Write(string key, byte[]? value, bool purge = false) => _writes[key] = (value is { Length: > 0 } ? value : null, purge);

    /// <summary>The private writes, in key order: what member peers store.</summary>
    public KVRWSet PrivateSet()
    {
        var set = new KVRWSet();
        foreach (var (key, (value, _)) in _writes)
        {
            set.Writes.Add(value is null ? new KVWrite { Key = key, IsDelete = true } : new KVWrite { Key = key, Value = ByteString.CopyFrom(value) });
        }

        return set;
    }

    /// <summary>The hashed read/write set and the hash of the private set, for the public transaction.</summary>
    public CollectionHashedReadWriteSet Hashed(ByteString privateSet)
    {
        var hashed = new HashedRWSet();
        foreach (var (keyHash, version) in _reads)
        {
            hashed.HashedReads.Add(new KVReadHash { KeyHash = ByteString.CopyFrom(Convert.FromHexString(keyHash)), Version = version?.ToProto() });
        }

        foreach (var (key, (value, purge)) in _writes.OrderBy(w => KeyHash(w.Key), StringComparer.Ordinal))
        {
            hashed.HashedWrites.Add(new KVWriteHash
            {
                KeyHash = ByteString.CopyFrom(Convert.FromHexString(KeyHash(key))),
                IsDelete = value is null,
                IsPurge = purge,
                ValueHash = value is null ? ByteString.Empty : ByteString.CopyFrom(SHA256.HashData(value)),
            });
        }

        return new CollectionHashedReadWriteSet
        {
            CollectionName = collection,
            HashedRwset = hashed.ToByteString(),
            PvtRwsetHash = HasWrites ? ByteString.CopyFrom(SHA256.HashData(privateSet.Span)) : ByteString.Empty,
        };
    }
}
