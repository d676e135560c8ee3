using Fabric.Msp.Identities;
using Fabric.Msp.Validation;
using Fabric.Protos.Common;
using Fabric.Protos.Peer;
using Google.Protobuf;

namespace MutualAid.DevNetwork.Endorsing;

/// <summary>A signed proposal taken apart and checked: who asks, on which channel, to run what.</summary>
public sealed record UnpackedProposal
{
    /// <summary>The proposal as signed by the client.</summary>
    public required SignedProposal SignedProposal { get; init; }

    /// <summary>The proposal's header, whose bytes go unchanged into the transaction.</summary>
    public required Header Header { get; init; }

    /// <summary>The decoded channel header.</summary>
    public required ChannelHeader ChannelHeader { get; init; }

    /// <summary>The decoded signature header (creator, nonce).</summary>
    public required SignatureHeader SignatureHeader { get; init; }

    /// <summary>The validated creator.</summary>
    public required X509Identity Creator { get; init; }

    /// <summary>The creator's role in its MSP.</summary>
    public required IdentityRole CreatorRole { get; init; }

    /// <summary>The chaincode to run, from the invocation spec.</summary>
    public required string ChaincodeName { get; init; }

    /// <summary>The arguments: function name first.</summary>
    public required ChaincodeInput Input { get; init; }

    /// <summary>Transient data: private to the endorsers, never in the transaction.</summary>
    public required IReadOnlyDictionary<string, ByteString> TransientMap { get; init; }

    /// <summary>The proposal payload without the transient map: what the transaction carries.</summary>
    public required ByteString PayloadWithoutTransient { get; init; }

    /// <summary>SHA-256 over channel header, signature header and the payload without transient data.</summary>
    public required ByteString ProposalHash { get; init; }

    /// <summary>The channel name.</summary>
    public string ChannelId => ChannelHeader.ChannelId;

    /// <summary>The transaction id.</summary>
    public string TxId => ChannelHeader.TxId;
}
