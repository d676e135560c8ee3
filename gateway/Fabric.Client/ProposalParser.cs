using Fabric.Protos.Common;
using Fabric.Protos.Peer;
using Google.Protobuf;

namespace Fabric.Client;

/// <summary>Reads the labels (channel, chaincode, function) back out of proposal bytes built elsewhere.</summary>
internal static class ProposalParser
{
    /// <summary>Reads the labels of <paramref name="proposalBytes"/>.</summary>
    /// <exception cref="FormatException">The bytes are not a Fabric proposal with a channel header.</exception>
    public static TransactionLabels Labels(string transactionId, ByteString proposalBytes)
    {
        try
        {
            var proposal = Protos.Peer.Proposal.Parser.ParseFrom(proposalBytes);
            var header = Header.Parser.ParseFrom(proposal.Header);
            var channel = ChannelHeader.Parser.ParseFrom(header.ChannelHeader).ChannelId;
            var (chaincode, function) = Invocation(ChaincodeProposalPayload.Parser.ParseFrom(proposal.Payload).Input);
            return new TransactionLabels(transactionId, channel, chaincode, function);
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw new FormatException("the bytes are not a Fabric proposal", ex);
        }
    }

    /// <summary>The chaincode name and transaction function of a serialized ChaincodeInvocationSpec.</summary>
    public static (string? Chaincode, string? Function) Invocation(ByteString invocationSpec)
    {
        var spec = ChaincodeInvocationSpec.Parser.ParseFrom(invocationSpec).ChaincodeSpec;
        var args = spec?.Input?.Args;
        return (spec?.ChaincodeId?.Name, args is { Count: > 0 } ? args[0].ToStringUtf8() : null);
    }
}
