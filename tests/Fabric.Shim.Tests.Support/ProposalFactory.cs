using System.Security.Cryptography;
using Fabric.Protos.Common;
using Fabric.Protos.Msp;
using Fabric.Protos.Peer;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Fabric.Shim.Testing;

/// <summary>
/// Builds signed proposals the way a Fabric client does (§ nesting: invocation spec, proposal payload with
/// transient map, channel header with timestamp, signature header with creator and nonce). The signature
/// is a placeholder: the shim does not verify it.
/// </summary>
public sealed class ProposalFactory
{
    private readonly ByteString _creator;

    /// <summary>Creates a factory for a creator with MSP id <paramref name="mspId"/> and certificate PEM text <paramref name="certificatePem"/>.</summary>
    public ProposalFactory(string mspId, string certificatePem)
    {
        _creator = new SerializedIdentity { Mspid = mspId, IdBytes = ByteString.CopyFromUtf8(certificatePem) }.ToByteString();
    }

    /// <summary>The serialized creator placed in every proposal.</summary>
    public ByteString Creator => _creator;

    /// <summary>The transaction id of a proposal with <paramref name="nonce"/>: hex SHA-256(nonce ‖ creator).</summary>
    public string TxIdFor(ReadOnlySpan<byte> nonce)
    {
        var buffer = new byte[nonce.Length + _creator.Length];
        nonce.CopyTo(buffer);
        _creator.Span.CopyTo(buffer.AsSpan(nonce.Length));
        return Convert.ToHexStringLower(SHA256.HashData(buffer));
    }

    /// <summary>Builds a signed proposal and its transaction id.</summary>
    public (SignedProposal Proposal, string TxId) Create(
        string channelId,
        IEnumerable<string> args,
        DateTimeOffset timestamp,
        IReadOnlyDictionary<string, byte[]>? transient = null,
        byte[]? nonce = null,
        ulong epoch = 0)
    {
        nonce ??= RandomNumberGenerator.GetBytes(24);
        var txId = TxIdFor(nonce);
        var input = new ChaincodeInput();
        input.Args.AddRange(args.Select(ByteString.CopyFromUtf8));
        var spec = new ChaincodeInvocationSpec
        {
            ChaincodeSpec = new ChaincodeSpec { Type = ChaincodeSpec.Types.Type.Node, ChaincodeId = new ChaincodeID { Name = "basic" }, Input = input },
        };
        var payload = new ChaincodeProposalPayload { Input = spec.ToByteString() };
        foreach (var pair in transient ?? new Dictionary<string, byte[]>())
        {
            payload.TransientMap.Add(pair.Key, ByteString.CopyFrom(pair.Value));
        }

        var channelHeader = new ChannelHeader
        {
            Type = (int)HeaderType.EndorserTransaction,
            ChannelId = channelId,
            TxId = txId,
            Timestamp = Timestamp.FromDateTimeOffset(timestamp),
            Epoch = epoch,
            Extension = new ChaincodeHeaderExtension { ChaincodeId = new ChaincodeID { Name = "basic" } }.ToByteString(),
        };
        var header = new Header
        {
            ChannelHeader = channelHeader.ToByteString(),
            SignatureHeader = new SignatureHeader { Creator = _creator, Nonce = ByteString.CopyFrom(nonce) }.ToByteString(),
        };
        var proposal = new Proposal { Header = header.ToByteString(), Payload = payload.ToByteString() };
        return (new SignedProposal { ProposalBytes = proposal.ToByteString(), Signature = ByteString.CopyFromUtf8("unsigned") }, txId);
    }
}
