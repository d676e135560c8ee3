using Fabric.Protos.GatewayApi;
using Google.Protobuf;
using Grpc.Core;
using MutualAid.DevNetwork.Endorsing;
using MutualAid.DevNetwork.Peers;
using MutualAid.DevNetwork.Validation;

namespace MutualAid.DevNetwork.Services;

/// <summary>
/// Endorse: run the proposal once, choose peers of enough organizations to satisfy the chaincode's
/// and the written keys' policies, have each sign the identical response payload, and return the
/// unsigned transaction envelope.
/// </summary>
public sealed partial class GatewayService
{
    private const string EndorseFailed = "failed to endorse transaction, see attached details for more info";

    /// <inheritdoc />
    public override async Task<EndorseResponse> Endorse(EndorseRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var proposal = Unpack(request.ProposedTransaction, out var channel, forEvaluate: false);
        var simulation = await Simulate(proposal, channel, EndorseFailed).ConfigureAwait(false);
        if (!simulation.IsSuccess)
        {
            var message = simulation.PeerFailure
                ? simulation.Response.Message
                : $"chaincode response {simulation.Response.Status}, {simulation.Response.Message}";
            throw GatewayErrors.Create(StatusCode.Aborted, EndorseFailed, Detail(message));
        }

        var rwset = simulation.Simulator.ToReadWriteSet();
        var responsePayload = Endorsing.Endorser.ResponsePayload(proposal, simulation, rwset);
        var policies = RequiredPolicies.For(rwset, proposal.ChaincodeName, channel)
            ?? throw GatewayErrors.Create(StatusCode.Aborted, EndorseFailed, Detail("the transaction writes to a chaincode not defined on the channel"));
        var candidates = request.EndorsingOrganizations.Count > 0
            ? network.Peers.Where(p => request.EndorsingOrganizations.Contains(p.MspId)).ToList()
            : network.Peers.ToList();
        var endorsers = EndorsementPlanner.Choose(policies, candidates, peer, network.Membership);
        if (endorsers is null)
        {
            throw GatewayErrors.Create(StatusCode.Aborted, "failed to collect enough transaction endorsements, see attached details for more info",
                Detail($"no combination of peers of {string.Join(", ", candidates.Select(c => c.MspId).Distinct())} satisfies the endorsement policy"));
        }

        // Every chosen peer signs the identical response payload, as peers of a real network do in parallel.
        var endorsements = await Task.WhenAll(endorsers.Select(endorser => Sign(endorser, responsePayload, network.Membership))).ConfigureAwait(false);

        if (simulation.Simulator.ToPrivateReadWriteSet() is { } privateWrites)
        {
            channel.PrivateData?.Remember(proposal.TxId, privateWrites);
        }

        return new EndorseResponse { PreparedTransaction = TransactionAssembler.Assemble(proposal, responsePayload, endorsements) };
    }

    /// <summary>A peer's endorsement: its identity and its signature over (response payload ‖ identity).</summary>
    internal static async Task<Fabric.Protos.Peer.Endorsement> Sign(PeerNode endorser, ByteString responsePayload, Access.Membership? membership = null)
    {
        var identity = endorser.Identity.Identity;
        var message = BlockValidator.EndorsementMessage(responsePayload, identity.Serialized.Span);
        var signature = await endorser.Identity.SignAsync(message).ConfigureAwait(false);
        membership?.RememberOwnSignature(identity, message, signature);
        return new Fabric.Protos.Peer.Endorsement { Endorser = ByteString.CopyFrom(identity.Serialized.Span), Signature = ByteString.CopyFrom(signature) };
    }
}
