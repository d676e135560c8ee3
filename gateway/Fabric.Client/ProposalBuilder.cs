using Fabric.Msp.Transactions;
using Fabric.Protos.Common;
using Fabric.Protos.GatewayApi;
using Fabric.Protos.Peer;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Fabric.Client;

/// <summary>
/// Builds an unsigned proposal exactly as Fabric's gateway clients do: a 24-byte nonce, the transaction
/// id hex SHA-256(nonce ‖ creator), an ENDORSER_TRANSACTION channel header (millisecond timestamp,
/// epoch 0, chaincode name in its extension), and a NODE chaincode spec whose first argument is the
/// transaction name (<c>Contract:Function</c> for a named contract).
/// </summary>
internal static class ProposalBuilder
{
    public static ProposedTransaction Build(
        SigningContext signing,
        string channel,
        string chaincode,
        string transactionName,
        ProposalOptions options,
        TimeProvider time)
    {
        var nonce = TransactionId.NewNonce();
        var transactionId = TransactionId.Compute(nonce, signing.Creator.Span);
        var chaincodeId = new ChaincodeID { Name = chaincode };

        var input = new ChaincodeInput();
        input.Args.Add(ByteString.CopyFromUtf8(transactionName));
        foreach (var argument in options.Arguments)
        {
            input.Args.Add(ByteString.CopyFrom(argument));
        }

        var invocation = new ChaincodeInvocationSpec
        {
            ChaincodeSpec = new ChaincodeSpec { Type = ChaincodeSpec.Types.Type.Node, ChaincodeId = chaincodeId, Input = input },
        };
        var payload = new ChaincodeProposalPayload { Input = invocation.ToByteString() };
        foreach (var (key, value) in options.TransientData)
        {
            payload.TransientMap.Add(key, ByteString.CopyFrom(value));
        }

        var millis = time.GetUtcNow().ToUnixTimeMilliseconds();
        var channelHeader = new ChannelHeader
        {
            Type = (int)HeaderType.EndorserTransaction,
            TxId = transactionId,
            Timestamp = new Timestamp { Seconds = millis / 1000, Nanos = (int)(millis % 1000) * 1_000_000 },
            ChannelId = channel,
            Extension = new ChaincodeHeaderExtension { ChaincodeId = chaincodeId }.ToByteString(),
            Epoch = 0,
        };
        var header = new Header
        {
            ChannelHeader = channelHeader.ToByteString(),
            SignatureHeader = new SignatureHeader { Creator = signing.Creator, Nonce = UnsafeByteOperations.UnsafeWrap(nonce) }.ToByteString(),
        };
        var proposal = new Protos.Peer.Proposal { Header = header.ToByteString(), Payload = payload.ToByteString() };

        var proposed = new ProposedTransaction
        {
            TransactionId = transactionId,
            Proposal = new SignedProposal { ProposalBytes = proposal.ToByteString() },
        };
        proposed.EndorsingOrganizations.Add(options.EndorsingOrganizations);
        return proposed;
    }
}
