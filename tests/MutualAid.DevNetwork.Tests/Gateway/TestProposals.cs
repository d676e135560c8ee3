using System.Formats.Asn1;
using System.Numerics;
using Fabric.Msp.Signing;
using Fabric.Protos.Common;
using Fabric.Protos.Peer;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace MutualAid.DevNetwork.Tests.Gateway;

/// <summary>Builds signed proposals and envelopes as a gateway client does, with hooks to break them.</summary>
internal static class TestProposals
{
    private static readonly BigInteger P256Order = BigInteger.Parse(
        "0FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<(SignedProposal Proposal, string TxId)> CreateAsync(
        SigningIdentity signer, string chaincode, string[] args, string channel = "mutualaid", Action<ChannelHeader>? tamper = null,
        IReadOnlyDictionary<string, ByteString>? transient = null)
    {
        var context = Fabric.Msp.Transactions.TransactionContext.New(signer.Identity);
        var channelHeader = new ChannelHeader
        {
            Type = (int)HeaderType.EndorserTransaction,
            ChannelId = channel,
            TxId = context.TransactionId,
            Timestamp = Timestamp.FromDateTime(DateTime.UtcNow),
            Extension = new ChaincodeHeaderExtension { ChaincodeId = new ChaincodeID { Name = chaincode } }.ToByteString(),
        };
        tamper?.Invoke(channelHeader);
        var input = new ChaincodeInput();
        input.Args.AddRange(args.Select(ByteString.CopyFromUtf8));
        var spec = new ChaincodeInvocationSpec { ChaincodeSpec = new ChaincodeSpec { Type = ChaincodeSpec.Types.Type.Node, ChaincodeId = new ChaincodeID { Name = chaincode }, Input = input } };
        var proposal = new Proposal
        {
            Header = new Header
            {
                ChannelHeader = channelHeader.ToByteString(),
                SignatureHeader = new SignatureHeader { Creator = ByteString.CopyFrom(context.Creator.Span), Nonce = ByteString.CopyFrom(context.Nonce.Span) }.ToByteString(),
            }.ToByteString(),
            Payload = new ChaincodeProposalPayload { Input = spec.ToByteString(), TransientMap = { transient?.ToDictionary() ?? [] } }.ToByteString(),
        };
        var bytes = proposal.ToByteString();
        var signature = await signer.SignAsync(bytes.Memory);
        return (new SignedProposal { ProposalBytes = bytes, Signature = ByteString.CopyFrom(signature) }, channelHeader.TxId);
    }

    public static async Task<Envelope> SignAsync(Envelope envelope, SigningIdentity signer) => new()
    {
        Payload = envelope.Payload,
        Signature = ByteString.CopyFrom(await signer.SignAsync(envelope.Payload.Memory)),
    };

    /// <summary>The same signature with S replaced by n − S: valid ECDSA, refused by Fabric.</summary>
    public static ByteString HighS(ByteString der)
    {
        var (r, s) = DerSignature.Decode(der.Span);
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteInteger(r);
            writer.WriteInteger(P256Order - s);
        }

        return ByteString.CopyFrom(writer.Encode());
    }
}
