using Fabric.Protos.Peer;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using MutualAid.DevNetwork.Endorsing;
using MutualAid.DevNetwork.Hosting;
using MutualAid.DevNetwork.Peers;

namespace MutualAid.DevNetwork.Services;

/// <summary>
/// A peer's <c>protos.Endorser/ProcessProposal</c>, for tools that endorse peer by peer: runs the
/// proposal and answers with this peer's proposal response, endorsed only when the chaincode
/// status is below 400.
/// </summary>
public sealed class EndorserService(FabricNetwork network, PeerNode peer) : Fabric.Protos.Peer.Endorser.EndorserBase
{
    /// <inheritdoc />
    public override async Task<ProposalResponse> ProcessProposal(SignedProposal request, ServerCallContext context)
    {
        UnpackedProposal proposal;
        try
        {
            proposal = ProposalUnpacker.Unpack(request, network.Membership);
        }
        catch (ProposalRejectedException error)
        {
            return Failure(error.Message);
        }

        var channel = network.FindChannel(proposal.ChannelId);
        if (channel is null)
        {
            return Failure($"channel '{proposal.ChannelId}' not found");
        }

        if (!channel.Access.IsReader(proposal.Creator, proposal.CreatorRole))
        {
            return Failure($"access denied: channel [{channel.Name}] creator org [{proposal.Creator.MspId}]");
        }

        SimulationResult simulation;
        try
        {
            simulation = await network.Endorser.SimulateAsync(proposal, channel, peer.MspId).ConfigureAwait(false);
        }
        catch (ProposalRejectedException error)
        {
            return Failure(error.Message);
        }

        if (simulation.PeerFailure)
        {
            return Failure(simulation.Response.Message);
        }

        var response = new ProposalResponse { Version = 1, Timestamp = Timestamp.FromDateTime(DateTime.UtcNow), Response = simulation.Response };
        if (simulation.Response.Status is >= 400 and < 500)
        {
            return response;
        }

        var payload = Endorsing.Endorser.ResponsePayload(proposal, simulation);
        response.Payload = payload;
        if (simulation.Response.Status < 400)
        {
            response.Endorsement = await GatewayService.Sign(peer, payload).ConfigureAwait(false);
        }

        return response;
    }

    private static ProposalResponse Failure(string message) =>
        new() { Response = new Response { Status = 500, Message = message } };
}
