using Fabric.Protos.Common;
using Fabric.Protos.Peer;
using Fabric.Shim.Testing;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace MutualAid.Chaincode.Tests.Support;

/// <summary>
/// TRANSACTION messages whose proposal carries exactly the timestamp a test chooses: any time, none at all, or a
/// Timestamp outside the protobuf range, as a client may write it (no peer checks the field).
/// </summary>
internal static class DatedTransactions
{
    /// <summary>A TRANSACTION from <paramref name="caller"/> for <paramref name="args"/>, dated <paramref name="timestamp"/> (none when null).</summary>
    public static ChaincodeMessage Create(ProposalFactory caller, Timestamp? timestamp, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var (signed, txId) = caller.Create(ChaincodeHarness.Channel, args, DateTimeOffset.UnixEpoch);
        var proposal = Proposal.Parser.ParseFrom(signed.ProposalBytes);
        var header = Header.Parser.ParseFrom(proposal.Header);
        var channelHeader = ChannelHeader.Parser.ParseFrom(header.ChannelHeader);
        channelHeader.Timestamp = timestamp;
        header.ChannelHeader = channelHeader.ToByteString();
        proposal.Header = header.ToByteString();
        signed.ProposalBytes = proposal.ToByteString();
        return Messages.Transaction(ChaincodeHarness.Channel, txId, signed, args);
    }

    /// <summary>A TRANSACTION from <paramref name="caller"/> for <paramref name="args"/>, dated <paramref name="time"/>.</summary>
    public static ChaincodeMessage Create(ProposalFactory caller, DateTimeOffset time, params string[] args) =>
        Create(caller, Timestamp.FromDateTimeOffset(time), args);
}
