using Fabric.Msp.Signing;
using Fabric.Protos.Common;
using Fabric.Protos.GatewayApi;
using Google.Protobuf;

namespace MutualAid.DevNetwork.Tests.Gateway;

/// <summary>The submit half of a gateway client: sign an endorsed envelope, submit it, wait for its commit status.</summary>
internal static class GatewayCalls
{
    public static async Task<CommitStatusResponse> SubmitAndWaitAsync(
        Fabric.Protos.GatewayApi.Gateway.GatewayClient gateway, SigningIdentity user, Envelope unsigned, string txId, CancellationToken cancellationToken = default)
    {
        var envelope = await TestProposals.SignAsync(unsigned, user);
        await gateway.SubmitAsync(new SubmitRequest { TransactionId = txId, ChannelId = "mutualaid", PreparedTransaction = envelope }, cancellationToken: cancellationToken);
        return await CommitStatusAsync(gateway, user, txId, cancellationToken);
    }

    public static async Task<CommitStatusResponse> CommitStatusAsync(
        Fabric.Protos.GatewayApi.Gateway.GatewayClient gateway, SigningIdentity user, string txId, CancellationToken cancellationToken = default)
    {
        var request = new CommitStatusRequest { ChannelId = "mutualaid", TransactionId = txId, Identity = ByteString.CopyFrom(user.Identity.Serialized.Span) }.ToByteString();
        var signature = await user.SignAsync(request.Memory, cancellationToken);
        return await gateway.CommitStatusAsync(new SignedCommitStatusRequest { Request = request, Signature = ByteString.CopyFrom(signature) }, cancellationToken: cancellationToken);
    }
}
