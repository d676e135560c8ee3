using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Fabric.Msp.Signing;
using Fabric.Protos.Common;
using Fabric.Protos.GatewayApi;
using Fabric.Protos.Ledger.KvRwset;
using Fabric.Protos.Orderer;
using Fabric.Protos.Peer;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using MutualAid.DevNetwork.Tests.Gateway;
using MutualAid.DevNetwork.Transactions;
using NodeInterop.Support;
using DeliverResponse = Fabric.Protos.Peer.DeliverResponse;

namespace MutualAid.DevNetwork.Tests.Services;

/// <summary>
/// <c>protos.Deliver/DeliverWithPrivateData</c>: each block with the private write sets the serving peer
/// holds and the requester may read, keyed by transaction index.
/// </summary>
[NonParallelizable]
[CancelAfter(60_000)]
public class DeliverPrivateDataTests
{
    private GatewayFixture _fixture = null!;

    [OneTimeSetUp]
    public async Task Start() => _fixture = await GatewayFixture.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _fixture.DisposeAsync();

    [TestCase("InsurerMSP")]
    [TestCase("NgoMSP")]
    public async Task DeliverWithPrivateData_MemberOnOwnPeer_WriteSetHashMatchesBlock(string mspId)
    {
        var key = "patient-" + mspId;
        var (block, txId) = await SubmitAsync(["pput", "shared", key], "x-ray " + mspId);

        var delivered = await DeliverAsync(_fixture.User(mspId), mspId, block);

        var index = IndexOf(delivered.Block, txId);
        Assert.That(delivered.PrivateDataMap.Keys, Is.EqualTo(new[] { index }));
        var ns = delivered.PrivateDataMap[index].NsPvtRwset.Single();
        var collection = ns.CollectionPvtRwset.Single();
        var write = KVRWSet.Parser.ParseFrom(collection.Rwset).Writes.Single();
        var hash = PrivateRwsetHash(block, txId);
        Assert.Multiple(() =>
        {
            Assert.That((ns.Namespace, collection.CollectionName), Is.EqualTo(("kv", "shared")));
            Assert.That((write.Key, write.Value.ToStringUtf8()), Is.EqualTo((key, "x-ray " + mspId)));
            Assert.That(SHA256.HashData(collection.Rwset.Span), Is.EqualTo(hash));
        });
    }

    [TestCase("RegulatorMSP", "RegulatorMSP", TestName = "DeliverWithPrivateData_NonMemberOnOwnPeer_EmptyMap")]
    [TestCase("RegulatorMSP", "InsurerMSP", TestName = "DeliverWithPrivateData_NonMemberOnMemberPeer_EmptyMap")]
    [TestCase("InsurerMSP", "RegulatorMSP", TestName = "DeliverWithPrivateData_MemberOnNonMemberPeer_EmptyMap")]
    public async Task DeliverWithPrivateData_NotBothMembers_EmptyMap(string requesterMsp, string peerMsp)
    {
        var (block, _) = await SubmitAsync(["pput", "shared", "hidden"], "not for " + requesterMsp);
        var requester = requesterMsp == "RegulatorMSP" ? _fixture.User("RegulatorMSP", "Auditor") : _fixture.User(requesterMsp);

        var delivered = await DeliverAsync(requester, peerMsp, block);

        Assert.That(delivered.Block.Header.Number, Is.EqualTo(block));
        Assert.That(delivered.PrivateDataMap, Is.Empty);
    }

    [Test]
    public async Task DeliverWithPrivateData_AfterPurge_WriteSetAbsent()
    {
        var (written, _) = await SubmitAsync(["pput", "shared", "to-purge"], "forget me");
        var before = await DeliverAsync(_fixture.User(), "InsurerMSP", written);

        var (purged, _) = await SubmitAsync(["ppurge", "shared", "to-purge"]);

        Assert.That(before.PrivateDataMap, Has.Count.EqualTo(1));
        Assert.That((await DeliverAsync(_fixture.User(), "InsurerMSP", written)).PrivateDataMap, Is.Empty);
        Assert.That((await DeliverAsync(_fixture.User(), "InsurerMSP", purged)).PrivateDataMap, Is.Empty);
    }

    [Test]
    public async Task DeliverWithPrivateData_AfterBlockToLive_WriteSetAbsent()
    {
        var (written, _) = await SubmitAsync(["pput", "short", "brief"], "expires");
        var before = await DeliverAsync(_fixture.User(), "InsurerMSP", written);

        while (_fixture.Host.Network.Channels["mutualaid"].Ledger.Height <= written + 2)
        {
            await SubmitAsync(["put", "tick", "1"]);
        }

        Assert.That(before.PrivateDataMap, Has.Count.EqualTo(1));
        Assert.That((await DeliverAsync(_fixture.User(), "InsurerMSP", written)).PrivateDataMap, Is.Empty);
    }

    [Test]
    public async Task DeliverWithPrivateData_BlocksWithoutPrivateData_EmptyMap()
    {
        var (block, _) = await SubmitAsync(["put", "public", "value"]);

        var genesis = await DeliverAsync(_fixture.User(), "InsurerMSP", 0);
        var plain = await DeliverAsync(_fixture.User(), "InsurerMSP", block);

        Assert.That(genesis.PrivateDataMap, Is.Empty);
        Assert.That(plain.PrivateDataMap, Is.Empty);
        Assert.That(plain.Block.Header.Number, Is.EqualTo(block));
    }

    [Test]
    public async Task DeliverWithPrivateData_OfficialNodeClient_ReceivesMemberWriteSetWithBlockHash()
    {
        var (block, txId) = await SubmitAsync(["pput", "shared", "node-read"], "seen from node");
        var hash = PrivateRwsetHash(block, txId);
        var spec = new
        {
            endpoint = _fixture.Host.Network.Peers.First(p => p.MspId == "InsurerMSP").Address,
            mspId = "InsurerMSP",
            certPath = UserFile("signcerts"),
            keyPath = UserFile("keystore"),
            channel = "mutualaid",
            startBlock = block,
            count = 1,
        };

        var output = await NodeScript.RunAsync("gateway/private-blocks.js", JsonSerializer.Serialize(spec));

        var received = JsonNode.Parse(output)!.AsArray().Single()!;
        var set = received["privateData"]!.AsArray().Single()!;
        Assert.That(received["number"]!.GetValue<ulong>(), Is.EqualTo(block));
        Assert.That((set["namespace"]!.GetValue<string>(), set["collection"]!.GetValue<string>()), Is.EqualTo(("kv", "shared")));
        Assert.That(set["sha256"]!.GetValue<string>(), Is.EqualTo(Convert.ToHexStringLower(hash)));
    }

    [Test]
    public async Task FabricClient_BlockAndPrivateDataEvents_MemberGetsTheWriteSetFromItsOwnPeer()
    {
        var (block, txId) = await SubmitAsync(["pput", "shared", "client-read"], "seen from Fabric.Client");
        using var channel = Grpc.Net.Client.GrpcChannel.ForAddress("http://" + _fixture.Host.Network.Peers.First(p => p.MspId == "NgoMSP").Address);
        var network = global::Fabric.Client.Gateway.Connect(channel, _fixture.User("NgoMSP")).GetNetwork("mutualaid");
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        BlockAndPrivateData? delivered = null;
        await foreach (var next in network.GetBlockAndPrivateDataEventsAsync(new global::Fabric.Client.Events.EventsOptions { StartBlock = block }, stop.Token))
        {
            delivered = next;
            break;
        }

        var set = delivered!.PrivateDataMap[IndexOf(delivered.Block, txId)].NsPvtRwset.Single().CollectionPvtRwset.Single();
        Assert.That(delivered.Block.Header.Number, Is.EqualTo(block));
        Assert.That(SHA256.HashData(set.Rwset.Span), Is.EqualTo(PrivateRwsetHash(block, txId)));
    }

    private string UserFile(string folder) => Directory.GetFiles(Path.Combine(
        _fixture.Host.OrganizationsDirectory, "peerOrganizations", "insurer.example.com", "users", "User1@insurer.example.com", "msp", folder)).Single();

    /// <summary>The hash of the "shared" private write set the transaction's public read/write set carries, read from the ledger.</summary>
    private byte[] PrivateRwsetHash(ulong blockNumber, string txId)
    {
        var block = _fixture.Host.Network.Channels["mutualaid"].Ledger.GetBlock(blockNumber);
        return EndorserTransactionParser.Parse(block.Data.Data[(int)IndexOf(block, txId)], out _)!.ReadWriteSet.NsRwset
            .Single(n => n.Namespace == "kv").CollectionHashedRwset.Single(c => c.CollectionName == "shared").PvtRwsetHash.ToByteArray();
    }

    private static ulong IndexOf(Block block, string txId) => (ulong)block.Data.Data
        .Select((envelope, index) => (EndorserTransactionParser.Parse(envelope, out _)?.TxId, index))
        .Single(t => t.TxId == txId).index;

    /// <summary>Asks one peer for exactly one block with private data, as the signed requester.</summary>
    private async Task<BlockAndPrivateData> DeliverAsync(SigningIdentity requester, string peerMsp, ulong block)
    {
        var position = new SeekPosition { Specified = new SeekSpecified { Number = block } };
        var payload = new Payload
        {
            Header = new Header
            {
                ChannelHeader = new ChannelHeader
                {
                    Type = (int)HeaderType.DeliverSeekInfo,
                    ChannelId = "mutualaid",
                    Timestamp = Timestamp.FromDateTime(DateTime.UtcNow),
                }.ToByteString(),
                SignatureHeader = new SignatureHeader { Creator = ByteString.CopyFrom(requester.Identity.Serialized.Span) }.ToByteString(),
            },
            Data = new SeekInfo { Start = position, Stop = position, Behavior = SeekInfo.Types.SeekBehavior.FailIfNotReady }.ToByteString(),
        };
        var envelope = await TestProposals.SignAsync(new Envelope { Payload = payload.ToByteString() }, requester);
        using var call = _fixture.Deliver(peerMsp).DeliverWithPrivateData();
        await call.RequestStream.WriteAsync(envelope);
        await call.RequestStream.CompleteAsync();
        var responses = new List<DeliverResponse>();
        while (await call.ResponseStream.MoveNext(CancellationToken.None))
        {
            responses.Add(call.ResponseStream.Current);
        }

        Assert.That(responses.Select(r => r.TypeCase), Is.EqualTo(new[] { DeliverResponse.TypeOneofCase.BlockAndPrivateData, DeliverResponse.TypeOneofCase.Status }));
        Assert.That(responses[1].Status, Is.EqualTo(Status.Success));
        return responses[0].BlockAndPrivateData;
    }

    private async Task<(ulong Block, string TxId)> SubmitAsync(string[] args, string? transientValue = null)
    {
        var user = _fixture.User();
        var transient = transientValue is null ? null : new Dictionary<string, ByteString> { ["value"] = ByteString.CopyFromUtf8(transientValue) };
        var (proposal, txId) = await TestProposals.CreateAsync(user, "kv", args, transient: transient);
        var endorsed = await _fixture.Gateway().EndorseAsync(new EndorseRequest { TransactionId = txId, ChannelId = "mutualaid", ProposedTransaction = proposal });
        var status = await GatewayCalls.SubmitAndWaitAsync(_fixture.Gateway(), user, endorsed.PreparedTransaction, txId);
        Assert.That(status.Result, Is.EqualTo(TxValidationCode.Valid));
        return (status.BlockNumber, txId);
    }
}
