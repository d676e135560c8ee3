using Fabric.Protos.Common;
using Fabric.Protos.Peer;
using Google.Protobuf;

namespace Fabric.Client;

/// <summary>
/// Reads what a client needs from an endorsed transaction envelope: the channel (from the channel header)
/// and the chaincode result, found at Payload.data → Transaction.actions → ChaincodeActionPayload.action
/// .proposal_response_payload → ProposalResponsePayload.extension → ChaincodeAction.response.payload.
/// </summary>
internal static class TransactionParser
{
    /// <summary>Parses <paramref name="envelope"/>.</summary>
    /// <exception cref="FormatException">A layer is missing or malformed ("No proposal response found").</exception>
    public static (TransactionLabels Labels, byte[] Result) Parse(string transactionId, Envelope envelope)
    {
        try
        {
            var payload = Payload.Parser.ParseFrom(envelope.Payload);
            var header = payload.Header ?? throw new FormatException("the transaction payload has no header");
            var channel = ChannelHeader.Parser.ParseFrom(header.ChannelHeader).ChannelId;
            var transaction = Protos.Peer.Transaction.Parser.ParseFrom(payload.Data);
            foreach (var action in transaction.Actions)
            {
                var actionPayload = ChaincodeActionPayload.Parser.ParseFrom(action.Payload);
                if (actionPayload.Action is null)
                {
                    continue;
                }

                var responsePayload = ProposalResponsePayload.Parser.ParseFrom(actionPayload.Action.ProposalResponsePayload);
                var response = ChaincodeAction.Parser.ParseFrom(responsePayload.Extension).Response;
                if (response is null)
                {
                    continue;
                }

                var proposalPayload = ChaincodeProposalPayload.Parser.ParseFrom(actionPayload.ChaincodeProposalPayload);
                var (chaincode, function) = ProposalParser.Invocation(proposalPayload.Input);
                return (new TransactionLabels(transactionId, channel, chaincode, function), response.Payload.ToByteArray());
            }

            throw new FormatException("No proposal response found in the transaction");
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw new FormatException($"No proposal response found: {ex.Message}", ex);
        }
    }
}
