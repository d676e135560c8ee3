using ProtoVersion = Fabric.Protos.Ledger.KvRwset.Version;

namespace MutualAid.DevNetwork.Ledger;

/// <summary>Conversions between <see cref="KeyVersion"/> and its wire form.</summary>
public static class KeyVersionProto
{
    /// <summary>The wire form of a version.</summary>
    public static ProtoVersion ToProto(this KeyVersion version) =>
        new() { BlockNum = version.BlockNum, TxNum = version.TxNum };

    /// <summary>The version a wire read recorded, or null for "the key was absent".</summary>
    public static KeyVersion? FromProto(ProtoVersion? version) =>
        version is null ? null : new KeyVersion(version.BlockNum, version.TxNum);
}
