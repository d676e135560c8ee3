using Fabric.Protos.Common;
using Fabric.Protos.Peer;
using Fabric.Shim.Testing;
using Fabric.Shim.Tests.Support;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Fabric.Shim.Tests.Stub;

/// <summary>
/// The channel header's timestamp as the stub exposes it: <c>ProposalTimestamp</c> exactly as the client wrote it (no
/// peer checks it), <c>TxTimestamp</c> its checked conversion.
/// </summary>
[CancelAfter(30_000)]
public sealed class ProposalTimestampTests
{
    [Test]
    public async Task ProposalTimestamp_ValidTimestamp_TheClientsValueToTheNanosecond()
    {
        var written = new Timestamp { Seconds = 1_714_566_645, Nanos = 123_456_789 };

        var (proposalTimestamp, txTimestamp) = await ReadAsync(written);

        Assert.That(proposalTimestamp, Is.EqualTo(written));
        Assert.That(txTimestamp, Is.EqualTo(written.ToDateTimeOffset()));
    }

    [Test]
    public async Task ProposalTimestamp_NoTimestamp_NullAndTxTimestampThrows()
    {
        var (proposalTimestamp, txTimestamp) = await ReadAsync(null);

        Assert.That(proposalTimestamp, Is.Null);
        Assert.That(txTimestamp, Is.EqualTo("InvalidOperationException: the proposal's channel header carries no timestamp"));
    }

    [TestCase(0, -1)]
    [TestCase(0, 1_000_000_000)]
    [TestCase(253_402_300_800, 0)]
    public async Task ProposalTimestamp_OutsideTheProtobufRange_UncheckedAndTxTimestampThrows(long seconds, int nanos)
    {
        var written = new Timestamp { Seconds = seconds, Nanos = nanos };

        var (proposalTimestamp, txTimestamp) = await ReadAsync(written);

        Assert.That(proposalTimestamp, Is.EqualTo(written));
        Assert.That(txTimestamp, Does.StartWith("InvalidOperationException: "));
    }

    [Test]
    public async Task ProposalTimestamp_ChangedByTheChaincode_TxTimestampUnchanged()
    {
        var written = new Timestamp { Seconds = 1_714_566_645 };
        object? after = null;
        await using var harness = await ShimHarness.StartAsync(stub =>
        {
            stub.ProposalTimestamp!.Seconds = 0;
            after = stub.TxTimestamp;
            return Task.FromResult(ChaincodeResponses.Success());
        });

        await harness.RunAsync(new InMemoryLedger(), Transaction(written));

        Assert.That(after, Is.EqualTo(written.ToDateTimeOffset()), "the stub hands out a copy");
    }

    /// <summary>Runs one transaction dated <paramref name="timestamp"/> and returns what the stub said of it.</summary>
    private static async Task<(Timestamp? ProposalTimestamp, object TxTimestamp)> ReadAsync(Timestamp? timestamp)
    {
        Timestamp? proposalTimestamp = null;
        object txTimestamp = string.Empty;
        await using var harness = await ShimHarness.StartAsync(stub =>
        {
            proposalTimestamp = stub.ProposalTimestamp;
            try
            {
                txTimestamp = stub.TxTimestamp;
            }
            catch (InvalidOperationException ex)
            {
                txTimestamp = $"{nameof(InvalidOperationException)}: {ex.Message}";
            }

            return Task.FromResult(ChaincodeResponses.Success());
        });

        await harness.RunAsync(new InMemoryLedger(), Transaction(timestamp));
        return (proposalTimestamp, txTimestamp);
    }

    /// <summary>A TRANSACTION whose channel header carries exactly <paramref name="timestamp"/> (none when null).</summary>
    private static ChaincodeMessage Transaction(Timestamp? timestamp)
    {
        var (signed, txId) = TestIdentity.Proposals.Create(ShimHarness.Channel, ["F"], ShimHarness.Timestamp);
        var proposal = Proposal.Parser.ParseFrom(signed.ProposalBytes);
        var header = Header.Parser.ParseFrom(proposal.Header);
        var channelHeader = ChannelHeader.Parser.ParseFrom(header.ChannelHeader);
        channelHeader.Timestamp = timestamp;
        header.ChannelHeader = channelHeader.ToByteString();
        proposal.Header = header.ToByteString();
        signed.ProposalBytes = proposal.ToByteString();
        return Messages.Transaction(ShimHarness.Channel, txId, signed, ["F"]);
    }
}
