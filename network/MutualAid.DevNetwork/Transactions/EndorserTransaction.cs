using Fabric.Protos.Common;
using Fabric.Protos.Ledger.Rwset;
using Fabric.Protos.Peer;
using Google.Protobuf;

namespace MutualAid.DevNetwork.Transactions;

/// <summary>
/// An endorser transaction unpacked from its envelope, layer by layer, keeping the exact bytes
/// that signatures and hashes cover (they are never re-serialized).
/// </summary>
public sealed record EndorserTransaction
{
    private IReadOnlyList<NamespaceSets>? _namespaces;

    /// <summary>The envelope as ordered.</summary>
    public required Envelope Envelope { get; init; }

    /// <summary>The channel header as received.</summary>
    public required ChannelHeader ChannelHeader { get; init; }

    /// <summary>Exact bytes of the channel header.</summary>
    public required ByteString ChannelHeaderBytes { get; init; }

    /// <summary>The signature header (creator and nonce).</summary>
    public required SignatureHeader SignatureHeader { get; init; }

    /// <summary>Exact bytes of the signature header.</summary>
    public required ByteString SignatureHeaderBytes { get; init; }

    /// <summary>The chaincode named in the channel header extension.</summary>
    public required string ChaincodeName { get; init; }

    /// <summary>The proposal payload without its transient map, as the transaction carries it.</summary>
    public required ByteString ChaincodeProposalPayloadBytes { get; init; }

    /// <summary>Exact bytes the endorsers signed (followed by their own identity).</summary>
    public required ByteString ProposalResponsePayloadBytes { get; init; }

    /// <summary>The proposal hash the endorsers signed.</summary>
    public required ByteString ProposalHash { get; init; }

    /// <summary>The simulation result: read/write set, event, response.</summary>
    public required ChaincodeAction Action { get; init; }

    /// <summary>The read/write set of the action.</summary>
    public required TxReadWriteSet ReadWriteSet { get; init; }

    /// <summary>The chaincode event, or null.</summary>
    public ChaincodeEvent? Event { get; init; }

    /// <summary>The endorsements collected for the action.</summary>
    public required IReadOnlyList<Endorsement> Endorsements { get; init; }

    /// <summary>The read/write set's namespaces with their nested sets decoded (decoded once, on first use).</summary>
    /// <exception cref="Google.Protobuf.InvalidProtocolBufferException">A nested set does not decode.</exception>
    public IReadOnlyList<NamespaceSets> Namespaces => _namespaces ??= NamespaceSets.Decode(ReadWriteSet);

    /// <summary>The transaction id from the channel header.</summary>
    public string TxId => ChannelHeader.TxId;
}
