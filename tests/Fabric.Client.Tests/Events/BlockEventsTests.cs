using Fabric.Client.Errors;
using Fabric.Client.Events;
using Fabric.Client.Tests.Support;
using Fabric.Msp.Verification;
using Fabric.Protos.Common;
using Fabric.Protos.Orderer;
using Fabric.Protos.Peer;
using Grpc.Core;
using DeliverResponse = Fabric.Protos.Peer.DeliverResponse;

namespace Fabric.Client.Tests.Events;

internal sealed class BlockEventsTests : FakeGatewayFixture
{
    [Test]
    public async Task GetBlockEventsAsync_FromStartBlock_SendsSignedSeekAndStreamsBlocks()
    {
        Server.Deliver.OnDeliver = (_, filtered, stream, context) => StreamBlocks(filtered, stream, context, 2, 4);
        var network = NewGateway().GetNetwork(ChannelName);

        var blocks = await AsyncStreams.Take(network.GetBlockEventsAsync(new EventsOptions { StartBlock = 2 }), 3);

        var envelope = Server.Deliver.SeekEnvelopes.Single();
        var payload = Payload.Parser.ParseFrom(envelope.Payload);
        var channelHeader = ChannelHeader.Parser.ParseFrom(payload.Header.ChannelHeader);
        var seek = SeekInfo.Parser.ParseFrom(payload.Data);
        Assert.Multiple(() =>
        {
            Assert.That(blocks.Select(b => b.Header.Number), Is.EqualTo(new ulong[] { 2, 3, 4 }));
            Assert.That(channelHeader.Type, Is.EqualTo((int)HeaderType.DeliverSeekInfo));
            Assert.That(channelHeader.ChannelId, Is.EqualTo(ChannelName));
            Assert.That(SignatureHeader.Parser.ParseFrom(payload.Header.SignatureHeader).Creator.ToByteArray(),
                Is.EqualTo(TestIdentity.Identity.Serialized.ToArray()));
            Assert.That(seek.Start.Specified.Number, Is.EqualTo(2));
            Assert.That(seek.Stop.Specified.Number, Is.EqualTo(ulong.MaxValue));
            Assert.That(SignatureVerifier.Shared.IsValid(TestIdentity.Identity, envelope.Payload.Span, envelope.Signature.Span), Is.True);
        });
    }

    [Test]
    public async Task GetFilteredBlockEventsAsync_StreamDropped_ResumesAfterLastBlock()
    {
        var calls = 0;
        Server.Deliver.OnDeliver = async (envelope, filtered, stream, context) =>
        {
            var start = SeekInfo.Parser.ParseFrom(Payload.Parser.ParseFrom(envelope.Payload).Data).Start;
            var from = start.TypeCase == SeekPosition.TypeOneofCase.Specified ? start.Specified.Number : 10;
            if (Interlocked.Increment(ref calls) == 1)
            {
                await StreamBlocks(filtered, stream, context, from, from + 1, keepOpen: false);
                throw new RpcException(new Grpc.Core.Status(StatusCode.Unavailable, "dropped"));
            }

            await StreamBlocks(filtered, stream, context, from, from + 2);
        };
        var network = NewGateway().GetNetwork(ChannelName);
        var options = new EventsOptions { ReconnectDelay = TimeSpan.FromMilliseconds(10) };

        var blocks = await AsyncStreams.Take(network.GetFilteredBlockEventsAsync(options), 5);

        Assert.Multiple(() =>
        {
            Assert.That(blocks.Select(b => b.Number), Is.EqualTo(new ulong[] { 10, 11, 12, 13, 14 }));
            Assert.That(blocks[0].FilteredTransactions.Single().TxValidationCode, Is.EqualTo(TxValidationCode.Valid));
            Assert.That(Server.Deliver.SeekEnvelopes, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void GetBlockEventsAsync_DeliverForbidden_ThrowsGatewayException()
    {
        Server.Deliver.OnDeliver = (_, _, stream, _) => stream.WriteAsync(new DeliverResponse { Status = Fabric.Protos.Common.Status.Forbidden });
        var network = NewGateway().GetNetwork(ChannelName);

        Assert.That(async () => await AsyncStreams.Take(network.GetBlockEventsAsync(), 1),
            Throws.TypeOf<GatewayException>().With.Property(nameof(GatewayException.StatusCode)).EqualTo(StatusCode.PermissionDenied));
    }

    [Test]
    public async Task NewSignedBlockEventsRequest_SignedOffline_StreamsBlocks()
    {
        Server.Deliver.OnDeliver = (_, filtered, stream, context) => StreamBlocks(filtered, stream, context, 0, 0);
        var gateway = NewGateway(offline: true);
        var unsigned = gateway.GetNetwork(ChannelName).NewBlockEventsRequest(new EventsOptions { StartBlock = 0 });

        var signed = gateway.NewSignedBlockEventsRequest(unsigned.Bytes, TestIdentity.Signer.SignDigest(unsigned.Digest));
        var blocks = await AsyncStreams.Take(signed.GetEventsAsync(), 1);

        Assert.That(blocks.Single().Header.Number, Is.Zero);
    }

    private static async Task StreamBlocks(
        bool filtered, IServerStreamWriter<DeliverResponse> stream, ServerCallContext context, ulong from, ulong to, bool keepOpen = true)
    {
        for (var number = from; number <= to; number++)
        {
            var response = new DeliverResponse();
            if (filtered)
            {
                var block = new FilteredBlock { ChannelId = ChannelName, Number = number };
                block.FilteredTransactions.Add(new FilteredTransaction { Txid = $"tx{number}", TxValidationCode = TxValidationCode.Valid });
                response.FilteredBlock = block;
            }
            else
            {
                response.Block = new Block { Header = new BlockHeader { Number = number } };
            }

            await stream.WriteAsync(response, context.CancellationToken);
        }

        if (keepOpen)
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
        }
    }
}
