using Fabric.Protos.Ledger.Rwset;
using Fabric.Protos.Peer;
using Google.Protobuf;
using MutualAid.DevNetwork.Chaincode;
using MutualAid.DevNetwork.Channels;
using MutualAid.DevNetwork.Simulation;

namespace MutualAid.DevNetwork.Endorsing;

/// <summary>
/// Runs a proposal's chaincode against committed state and turns the result into what endorsers
/// sign: the proposal response payload binding the proposal hash to the read/write set, event and
/// response.
/// </summary>
public sealed class Endorser(ChaincodeRuntime runtime)
{
    /// <summary>Executes the proposal; peer-side failures come back as a 500 response, not an exception.</summary>
    /// <exception cref="ProposalRejectedException">The chaincode is not defined on the channel.</exception>
    /// <param name="proposal">The checked proposal.</param>
    /// <param name="channel">The channel it runs on.</param>
    /// <param name="executingMspId">The organization of the peer that runs it: its private data is what the chaincode reads.</param>
    public async Task<SimulationResult> SimulateAsync(UnpackedProposal proposal, ChannelContext channel, string executingMspId)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(channel);
        var definition = channel.FindChaincode(proposal.ChaincodeName)
            ?? throw new ProposalRejectedException(
                $"make sure the chaincode {proposal.ChaincodeName} has been successfully defined on channel {channel.Name} and try again: chaincode {proposal.ChaincodeName} not found");
        var simulator = new TxSimulator(channel.Ledger.State) { PrivateData = channel.PrivateData?.StoreFor(executingMspId) };
        var context = Context(proposal, channel, definition, simulator);
        try
        {
            var result = await runtime.ExecuteAsync(definition, proposal.Input, context).ConfigureAwait(false);
            if (result.Type == ChaincodeMessage.Types.Type.Error)
            {
                return Failed(definition, simulator, $"transaction returned with failure: {result.Payload.ToStringUtf8()}");
            }

            var response = Response.Parser.ParseFrom(result.Payload);
            var chaincodeEvent = result.ChaincodeEvent is { EventName.Length: > 0 } raw
                ? new ChaincodeEvent { ChaincodeId = definition.Name, TxId = proposal.TxId, EventName = raw.EventName, Payload = raw.Payload }
                : null;
            return new SimulationResult(definition, response, simulator, chaincodeEvent, PeerFailure: false);
        }
        catch (Exception error) when (error is ChaincodeConnectionException or ChaincodeExecutionException or InvalidProtocolBufferException)
        {
            return Failed(definition, simulator, error.Message);
        }
    }

    /// <summary>
    /// The context of one chaincode's part of the transaction. A chaincode it calls runs in the same
    /// transaction (same txid, proposal and simulator) against its own namespace.
    /// </summary>
    private TransactionContext Context(UnpackedProposal proposal, ChannelContext channel, ChaincodeDefinition definition, TxSimulator simulator) =>
        new(channel.Name, proposal.TxId, definition.Name, proposal.SignedProposal, simulator, channel.Ledger.History)
        {
            Definition = definition,
            CreatorMspId = proposal.Creator.MspId,
            InvokeChaincode = async (name, input, _) =>
            {
                var target = channel.FindChaincode(name)
                    ?? throw new StateRequestException($"chaincode {name} is not defined on channel {channel.Name}");
                return await runtime.ExecuteAsync(target, input, Context(proposal, channel, target, simulator)).ConfigureAwait(false);
            },
        };

    /// <summary>The proposal response payload endorsers sign (ChaincodeAction inside).</summary>
    public static ByteString ResponsePayload(UnpackedProposal proposal, SimulationResult simulation)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        return ResponsePayload(proposal, simulation, simulation.Simulator.ToReadWriteSet());
    }

    /// <summary>
    /// As <see cref="ResponsePayload(UnpackedProposal, SimulationResult)"/>, with the read/write set
    /// the caller already built (the gateway needs it for policies too).
    /// </summary>
    public static ByteString ResponsePayload(UnpackedProposal proposal, SimulationResult simulation, TxReadWriteSet rwset)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(rwset);
        var action = new ChaincodeAction
        {
            Results = rwset.ToByteString(),
            Events = simulation.Event?.ToByteString() ?? ByteString.Empty,
            Response = simulation.Response,
            ChaincodeId = new ChaincodeID { Name = simulation.Definition.Name, Version = simulation.Definition.Version },
        };
        return new ProposalResponsePayload { ProposalHash = proposal.ProposalHash, Extension = action.ToByteString() }.ToByteString();
    }

    private static SimulationResult Failed(ChaincodeDefinition definition, TxSimulator simulator, string message) =>
        new(definition, new Response { Status = 500, Message = message }, simulator, null, PeerFailure: true);
}
