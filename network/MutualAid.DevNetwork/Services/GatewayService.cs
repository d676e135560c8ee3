using Fabric.Msp.Identities;
using Fabric.Protos.GatewayApi;
using Google.Protobuf;
using Grpc.Core;
using MutualAid.DevNetwork.Channels;
using MutualAid.DevNetwork.Endorsing;
using MutualAid.DevNetwork.Hosting;
using MutualAid.DevNetwork.Peers;

namespace MutualAid.DevNetwork.Services;

/// <summary>
/// One peer's <c>gateway.Gateway</c> service. Each RPC lives in its own partial file; this one holds
/// what they share: proposal checks and signed-request checks.
/// </summary>
public sealed partial class GatewayService(FabricNetwork network, PeerNode peer) : Gateway.GatewayBase
{
    private UnpackedProposal Unpack(Fabric.Protos.Peer.SignedProposal? proposal, out ChannelContext channel, bool forEvaluate)
    {
        UnpackedProposal unpacked;
        try
        {
            unpacked = ProposalUnpacker.Unpack(proposal, network.Membership);
        }
        catch (ProposalRejectedException error) when (!error.IsAccessDenied && error.Message.StartsWith("failed to unpack", StringComparison.Ordinal))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, error.Message));
        }
        catch (ProposalRejectedException error)
        {
            throw EndorserError(error.Message, forEvaluate);
        }

        channel = network.FindChannel(unpacked.ChannelId)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"channel {unpacked.ChannelId} not found"));
        if (!channel.Access.IsReader(unpacked.Creator, unpacked.CreatorRole))
        {
            throw EndorserError($"access denied: channel [{channel.Name}] creator org [{unpacked.Creator.MspId}]", forEvaluate);
        }

        if (channel.Ledger.Transactions.Contains(unpacked.TxId))
        {
            throw EndorserError($"duplicate transaction found [{unpacked.TxId}]. Creator [{unpacked.Creator.MspId}]", forEvaluate);
        }

        return unpacked;
    }

    /// <summary>Runs the proposal; an undefined chaincode is the peer's failure, reported with <paramref name="failure"/>.</summary>
    private async Task<SimulationResult> Simulate(UnpackedProposal proposal, ChannelContext channel, string failure)
    {
        try
        {
            return await network.Endorser.SimulateAsync(proposal, channel, peer.MspId).ConfigureAwait(false);
        }
        catch (ProposalRejectedException error)
        {
            throw GatewayErrors.Create(StatusCode.Aborted, failure, Detail(error.Message));
        }
    }

    /// <summary>The endorser refused the proposal before running chaincode.</summary>
    private RpcException EndorserError(string message, bool forEvaluate) => forEvaluate
        ? GatewayErrors.Create(StatusCode.FailedPrecondition, $"evaluate call to endorser returned error: {message}", Detail(message))
        : GatewayErrors.Create(StatusCode.Aborted, "failed to endorse transaction, see attached details for more info", Detail(message));

    private ErrorDetail Detail(string message) => GatewayErrors.Detail(peer.Address, peer.MspId, message);

    /// <summary>Checks a signed CommitStatus or ChaincodeEvents request against the channel's Readers policy.</summary>
    private ChannelContext AuthorizeReader(string channelId, ByteString identityBytes, ByteString request, ByteString signature)
    {
        if (string.IsNullOrEmpty(channelId) || identityBytes.IsEmpty)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "a channel and an identity are required"));
        }

        var channel = network.FindChannel(channelId)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"channel {channelId} not found"));
        if (!network.Membership.TryResolve(identityBytes, out X509Identity identity, out var role, out var error))
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, $"failed to validate identity: {error}"));
        }

        if (!network.Membership.Verify(identity, request.Span, signature.Span))
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, "the request signature is not valid"));
        }

        if (!channel.Access.IsReader(identity, role))
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, $"{identity.MspId} does not satisfy the Readers policy of channel {channelId}"));
        }

        return channel;
    }
}
