using System.Text;
using Fabric.Client.Events;
using Envelope = Fabric.Protos.Common.Envelope;
using ChannelHeader = Fabric.Protos.Common.ChannelHeader;
using Payload = Fabric.Protos.Common.Payload;
using HeaderType = Fabric.Protos.Common.HeaderType;
using TxValidationCode = Fabric.Protos.Peer.TxValidationCode;

namespace Fabric.Client.Tests.DevNetwork;

/// <summary>Chaincode, block and filtered block events from the development network, with checkpoints across restarts.</summary>
[NonParallelizable]
[CancelAfter(30_000)]
internal sealed class EventStreamTests
{
    private static TestNetwork Network => DevNetworkSetUp.Network;

    private static CancellationToken Cancellation => TestContext.CurrentContext.CancellationToken;

    private static Network Channel(Gateway gateway) => gateway.GetNetwork(TestNetwork.ChannelName);

    private static Task<SubmitResult> PutAsync(Gateway gateway, string key, string value) =>
        Channel(gateway).GetContract(TestNetwork.ChaincodeName).SubmitAsync("Put", ProposalOptions.FromArguments(key, value), cancellationToken: Cancellation);

    [Test]
    public async Task GetChaincodeEventsAsync_FromStartBlock_ReplaysCommittedEventsInOrder()
    {
        var gateway = Network.Connect("InsurerMSP");
        var first = await PutAsync(gateway, "events-start-1", "one");
        var second = await PutAsync(gateway, "events-start-2", "two");

        var events = await TakeAsync(
            Channel(gateway).GetChaincodeEventsAsync(TestNetwork.ChaincodeName, new EventsOptions { StartBlock = first.BlockNumber }, Cancellation),
            "events-start-",
            2);

        Assert.Multiple(() =>
        {
            Assert.That(events.Select(e => e.TransactionId), Is.EqualTo(new[] { first.TransactionId, second.TransactionId }));
            Assert.That(events.Select(e => e.BlockNumber), Is.EqualTo(new[] { first.BlockNumber, second.BlockNumber }));
            Assert.That(events.Select(e => e.EventName), Is.All.EqualTo("Put"));
            Assert.That(events.Select(e => e.ChaincodeName), Is.All.EqualTo(TestNetwork.ChaincodeName));
            Assert.That(Encoding.UTF8.GetString(events[1].Payload), Is.EqualTo("{\"key\":\"events-start-2\",\"value\":\"two\"}"));
        });
    }

    [Test]
    public async Task GetChaincodeEventsAsync_ResumedFromFileCheckpointer_NoEventMissedOrRepeated()
    {
        var folder = Directory.CreateTempSubdirectory("fabric-client-checkpoint-");
        try
        {
            var path = Path.Combine(folder.FullName, "interop-events.json");
            var gateway = Network.Connect("InsurerMSP");
            var committed = new List<SubmitResult>();
            for (var i = 1; i <= 3; i++)
            {
                committed.Add(await PutAsync(gateway, $"events-resume-{i}", $"v{i}"));
            }

            var seen = new List<ChaincodeEvent>();
            var checkpointer = await FileCheckpointer.OpenAsync(path, Cancellation);
            var options = new EventsOptions { StartBlock = committed[0].BlockNumber, Checkpoint = checkpointer };

            // First run: two events, then the stream is closed.
            seen.AddRange(await TakeAsync(Channel(gateway).GetChaincodeEventsAsync(TestNetwork.ChaincodeName, options, Cancellation), "events-resume-", 2, checkpointer));

            // Two more commit while nobody listens (concurrently, so they may share a block).
            committed.AddRange(await Task.WhenAll(PutAsync(gateway, "events-resume-4", "v4"), PutAsync(gateway, "events-resume-5", "v5")));

            // Second run on the same gateway: the checkpoint wins over the start block.
            seen.AddRange(await TakeAsync(Channel(gateway).GetChaincodeEventsAsync(TestNetwork.ChaincodeName, options, Cancellation), "events-resume-", 2, checkpointer));
            committed.Add(await PutAsync(gateway, "events-resume-6", "v6"));

            // "Restart": a new gateway and a checkpointer reloaded from the file.
            var restarted = Network.Connect("InsurerMSP");
            var reloaded = await FileCheckpointer.OpenAsync(path, Cancellation);
            var resumedAt = (reloaded.BlockNumber, reloaded.TransactionId);
            seen.AddRange(await TakeAsync(
                Channel(restarted).GetChaincodeEventsAsync(TestNetwork.ChaincodeName, new EventsOptions { StartBlock = 0, Checkpoint = reloaded }, Cancellation),
                "events-resume-",
                2,
                reloaded));

            var expected = committed.Select(r => r.TransactionId).OrderBy(CommitOrder).ToList();
            Assert.Multiple(() =>
            {
                Assert.That(seen.Select(e => e.TransactionId), Is.EqualTo(expected), "every event once, in commit order");
                Assert.That(resumedAt, Is.EqualTo(((ulong?)seen[3].BlockNumber, seen[3].TransactionId)));
                Assert.That(reloaded.TransactionId, Is.EqualTo(expected[^1]));
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public async Task GetBlockEventsAsync_FromGenesis_DeliversFullBlocks()
    {
        var gateway = Network.Connect("NgoMSP");
        var put = await PutAsync(gateway, "events-block", "1");
        var network = Channel(gateway);

        var fromGenesis = await TakeAsync(network.GetBlockEventsAsync(new EventsOptions { StartBlock = 0 }, Cancellation), 2);
        var atPut = await TakeAsync(network.GetBlockEventsAsync(new EventsOptions { StartBlock = put.BlockNumber }, Cancellation), 1);

        Assert.Multiple(() =>
        {
            Assert.That(fromGenesis.Select(b => b.Header.Number), Is.EqualTo(new ulong[] { 0, 1 }));
            Assert.That(fromGenesis[0].Data.Data, Has.Count.EqualTo(1), "the genesis block holds the config transaction");
            Assert.That(fromGenesis[1].Header.PreviousHash, Is.Not.Empty);
            Assert.That(atPut[0].Header.Number, Is.EqualTo(put.BlockNumber));
            Assert.That(atPut[0].Data.Data.Select(TransactionIdOf), Does.Contain(put.TransactionId));
        });
    }

    [Test]
    public async Task GetFilteredBlockEventsAsync_AtCommit_CarriesTransactionIdCodeAndEventName()
    {
        var gateway = Network.Connect("InsurerMSP");
        var put = await PutAsync(gateway, "events-filtered", "1");

        var blocks = await TakeAsync(Channel(gateway).GetFilteredBlockEventsAsync(new EventsOptions { StartBlock = put.BlockNumber }, Cancellation), 1);

        var transaction = blocks[0].FilteredTransactions.Single(t => t.Txid == put.TransactionId);
        var chaincodeEvent = transaction.TransactionActions.ChaincodeActions.Single().ChaincodeEvent;
        Assert.Multiple(() =>
        {
            Assert.That(blocks[0].Number, Is.EqualTo(put.BlockNumber));
            Assert.That(blocks[0].ChannelId, Is.EqualTo(TestNetwork.ChannelName));
            Assert.That(transaction.TxValidationCode, Is.EqualTo(TxValidationCode.Valid));
            Assert.That(transaction.Type, Is.EqualTo(HeaderType.EndorserTransaction));
            Assert.That(chaincodeEvent.EventName, Is.EqualTo("Put"));
            Assert.That(chaincodeEvent.ChaincodeId, Is.EqualTo(TestNetwork.ChaincodeName));
            Assert.That(chaincodeEvent.Payload, Is.Empty, "filtered blocks drop event payloads");
        });
    }

    private static (ulong, int) CommitOrder(string transactionId) =>
        Network.Ledger.Transactions.TryGet(transactionId, out var location)
            ? (location.BlockNumber, location.TxNum)
            : throw new AssertionException($"{transactionId} is not committed");

    private static string TransactionIdOf(Google.Protobuf.ByteString envelopeBytes)
    {
        var payload = Payload.Parser.ParseFrom(Envelope.Parser.ParseFrom(envelopeBytes).Payload);
        return ChannelHeader.Parser.ParseFrom(payload.Header.ChannelHeader).TxId;
    }

    /// <summary>The next <paramref name="count"/> events about keys starting with <paramref name="keyPrefix"/>, checkpointing each.</summary>
    private static async Task<List<ChaincodeEvent>> TakeAsync(
        IAsyncEnumerable<ChaincodeEvent> stream, string keyPrefix, int count, FileCheckpointer? checkpointer = null)
    {
        var marker = Encoding.UTF8.GetBytes($"{{\"key\":\"{keyPrefix}");
        var events = new List<ChaincodeEvent>();
        using var timeout = Timeout();
        await foreach (var chaincodeEvent in stream.WithCancellation(timeout.Token))
        {
            if (chaincodeEvent.Payload.AsSpan().StartsWith(marker))
            {
                events.Add(chaincodeEvent);
            }

            if (checkpointer is not null)
            {
                await checkpointer.CheckpointChaincodeEventAsync(chaincodeEvent, Cancellation);
            }

            if (events.Count == count)
            {
                break;
            }
        }

        return events;
    }

    private static async Task<List<T>> TakeAsync<T>(IAsyncEnumerable<T> stream, int count)
    {
        var items = new List<T>();
        using var timeout = Timeout();
        await foreach (var item in stream.WithCancellation(timeout.Token))
        {
            items.Add(item);
            if (items.Count == count)
            {
                break;
            }
        }

        return items;
    }

    /// <summary>Ten seconds at most for a stream to deliver what a test waits for.</summary>
    private static CancellationTokenSource Timeout()
    {
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        return timeout;
    }
}
