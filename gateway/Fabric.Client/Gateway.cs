using Fabric.Client.Protocol;
using Fabric.Client.Resilience;
using Fabric.Msp.Identities;
using Fabric.Msp.Signing;
using Fabric.Protos.GatewayApi;
using Google.Protobuf;
using Grpc.Core;

namespace Fabric.Client;

/// <summary>
/// One client identity's connection to a Fabric Gateway peer over a shared gRPC channel: gives
/// <see cref="Network"/>s and carries offline-signed proposals, transactions and commit requests on.
/// The gRPC channel belongs to the caller (create it once, e.g. <c>GrpcChannel.ForAddress("http://peer:7051")</c>
/// for plaintext or <see cref="Connections.GrpcChannels.ForTls"/>) and is not disposed by the gateway.
/// Thread-safe.
/// </summary>
public sealed partial class Gateway
{
    private readonly GatewayRpc _rpc;
    private readonly SigningContext _signing;

    private Gateway(ChannelBase channel, X509Identity identity, ISigner? signer, GatewayOptions options)
    {
        Options = options;
        _signing = new SigningContext(identity, signer);
        _rpc = new GatewayRpc(channel, options, options.Pipelines ?? new FabricPipelines(options.Resilience));
    }

    /// <summary>The client identity.</summary>
    public X509Identity Identity => _signing.Identity;

    /// <summary>The gateway's settings.</summary>
    public GatewayOptions Options { get; }

    /// <summary>The resilience pipelines in use.</summary>
    public FabricPipelines Pipelines => _rpc.Pipelines;

    /// <summary>
    /// Connects <paramref name="identity"/> through <paramref name="channel"/>. Without a
    /// <paramref name="signer"/> every step must be signed offline (see <see cref="Proposal.Digest"/>).
    /// </summary>
    public static Gateway Connect(ChannelBase channel, X509Identity identity, ISigner? signer = null, GatewayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(identity);
        return new Gateway(channel, identity, signer, options ?? new GatewayOptions());
    }

    /// <summary>Connects a signing identity (identity and signer) through <paramref name="channel"/>.</summary>
    public static Gateway Connect(ChannelBase channel, SigningIdentity signingIdentity, GatewayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(signingIdentity);
        return Connect(channel, signingIdentity.Identity, signingIdentity.Signer, options);
    }

    /// <summary>Returns the channel <paramref name="channelName"/>.</summary>
    public Network GetNetwork(string channelName)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelName);
        return new Network(_rpc, _signing, channelName);
    }

    /// <summary>Rebuilds a proposal from <see cref="Proposal.Bytes"/> and attaches an offline signature over its digest.</summary>
    /// <exception cref="FormatException">The bytes are not a serialized proposal.</exception>
    public Proposal NewSignedProposal(byte[] bytes, byte[] signature)
    {
        var proposal = NewProposal(bytes);
        proposal.SetSignature(ByteString.CopyFrom(signature));
        return proposal;
    }

    /// <summary>Rebuilds a proposal from <see cref="Proposal.Bytes"/>.</summary>
    /// <exception cref="FormatException">The bytes are not a serialized proposal.</exception>
    public Proposal NewProposal(byte[] bytes)
    {
        var proposed = Parse(ProposedTransaction.Parser, bytes, "proposal");
        if (proposed.Proposal is null)
        {
            throw new FormatException("the proposed transaction has no signed proposal");
        }

        return new Proposal(_rpc, _signing, proposed, ProposalParser.Labels(proposed.TransactionId, proposed.Proposal.ProposalBytes));
    }

    /// <summary>Rebuilds an endorsed transaction from <see cref="Transaction.Bytes"/> and attaches an offline signature.</summary>
    /// <exception cref="FormatException">The bytes are not an endorsed transaction.</exception>
    public Transaction NewSignedTransaction(byte[] bytes, byte[] signature)
    {
        var transaction = NewTransaction(bytes);
        transaction.SetSignature(ByteString.CopyFrom(signature));
        return transaction;
    }

    /// <summary>Rebuilds an endorsed transaction from <see cref="Transaction.Bytes"/>.</summary>
    /// <exception cref="FormatException">The bytes are not an endorsed transaction.</exception>
    public Transaction NewTransaction(byte[] bytes)
    {
        var prepared = Parse(PreparedTransaction.Parser, bytes, "prepared transaction");
        return prepared.Envelope is null
            ? throw new FormatException("the prepared transaction has no envelope")
            : new Transaction(_rpc, _signing, prepared);
    }

    /// <summary>Rebuilds a commit-status request from <see cref="Commit.Bytes"/> and attaches an offline signature.</summary>
    /// <exception cref="FormatException">The bytes are not a commit-status request.</exception>
    public Commit NewSignedCommit(byte[] bytes, byte[] signature)
    {
        var commit = NewCommit(bytes);
        commit.SetSignature(ByteString.CopyFrom(signature));
        return commit;
    }

    /// <summary>Rebuilds a commit-status request from <see cref="Commit.Bytes"/>.</summary>
    /// <exception cref="FormatException">The bytes are not a commit-status request.</exception>
    public Commit NewCommit(byte[] bytes)
    {
        var signed = Parse(SignedCommitStatusRequest.Parser, bytes, "commit-status request");
        var request = Parse(CommitStatusRequest.Parser, signed.Request.ToByteArray(), "commit-status request");
        return new Commit(_rpc, _signing, signed, new TransactionLabels(request.TransactionId, request.ChannelId, null, null));
    }

    internal static T Parse<T>(MessageParser<T> parser, byte[] bytes, string what)
        where T : IMessage<T>
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            return parser.ParseFrom(bytes);
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw new FormatException($"the bytes are not a serialized {what}", ex);
        }
    }
}
