using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Fabric.Protos.Common;
using Fabric.Protos.Msp;
using Fabric.Shim.Testing;
using Fabric.Shim.Tests.Support;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace Fabric.Shim.Tests.Stub;

public sealed class StubFactsTests
{
    [Test]
    public async Task Stub_FromTransaction_ExposesIdsArgsTimestampAndCreator()
    {
        IChaincodeStub? seen = null;
        await using var harness = await ShimHarness.StartAsync(stub =>
        {
            seen = stub;
            return Task.FromResult(ChaincodeResponses.Success());
        });
        var transaction = ShimHarness.Transaction("AssetTransfer:ReadAsset", "asset1", "x");

        await harness.RunAsync(new InMemoryLedger(), transaction);

        Assert.That(seen, Is.Not.Null);
        Assert.That(seen!.TxId, Is.EqualTo(transaction.Txid));
        Assert.That(seen.ChannelId, Is.EqualTo(ShimHarness.Channel));
        Assert.That(seen.FunctionName, Is.EqualTo("AssetTransfer:ReadAsset"));
        Assert.That(seen.Parameters, Is.EqualTo(new[] { "asset1", "x" }));
        Assert.That(seen.StringArgs, Is.EqualTo(new[] { "AssetTransfer:ReadAsset", "asset1", "x" }));
        Assert.That(Encoding.UTF8.GetString(seen.Args[1].Span), Is.EqualTo("asset1"));
        Assert.That(seen.GetFunctionAndParameters().Function, Is.EqualTo("AssetTransfer:ReadAsset"));
        Assert.That(seen.TxTimestamp, Is.EqualTo(ShimHarness.Timestamp));
        Assert.That(SerializedIdentity.Parser.ParseFrom(seen.Creator.Span).Mspid, Is.EqualTo(TestIdentity.MspId));
        Assert.That(seen.SignedProposal, Is.EqualTo(transaction.Proposal));
        Assert.That(seen.GetMspId(), Is.EqualTo("Org1MSP"));
    }

    [Test]
    public async Task Binding_NonceCreatorEpoch_IsHexSha256OfTheirConcatenation()
    {
        string? binding = null;
        await using var harness = await ShimHarness.StartAsync(stub =>
        {
            binding = stub.Binding;
            return Task.FromResult(ChaincodeResponses.Success());
        });
        var nonce = Enumerable.Range(1, 24).Select(i => (byte)i).ToArray();
        var (proposal, txId) = TestIdentity.Proposals.Create(ShimHarness.Channel, ["F"], ShimHarness.Timestamp, nonce: nonce, epoch: 7);

        await harness.RunAsync(new InMemoryLedger(), Messages.Transaction(ShimHarness.Channel, txId, proposal, ["F"]));

        var creator = TestIdentity.Proposals.Creator.ToByteArray();
        var epoch = new byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(epoch, 7);
        var expected = Convert.ToHexStringLower(SHA256.HashData([.. nonce, .. creator, .. epoch]));
        Assert.That(binding, Is.EqualTo(expected));
    }

    [Test]
    public async Task TransientMap_InProposal_IsVisibleToChaincode()
    {
        IReadOnlyDictionary<string, ReadOnlyMemory<byte>>? transient = null;
        await using var harness = await ShimHarness.StartAsync(stub =>
        {
            transient = stub.TransientMap;
            return Task.FromResult(ChaincodeResponses.Success());
        });

        await harness.RunAsync(
            new InMemoryLedger(),
            ShimHarness.Transaction(new Dictionary<string, byte[]> { ["asset_properties"] = "secret"u8.ToArray() }, "F"));

        Assert.That(transient, Is.Not.Null);
        Assert.That(Encoding.UTF8.GetString(transient!["asset_properties"].Span), Is.EqualTo("secret"));
    }

    [Test]
    public async Task GetMspId_NotConfigured_ThrowsInvalidOperation()
    {
        Exception? error = null;
        await using var harness = await ShimHarness.StartAsync(
            new DelegateChaincode(stub =>
            {
                error = Assert.Catch(() => stub.GetMspId());
                return Task.FromResult(ChaincodeResponses.Success());
            }),
            localMspId: null);

        await harness.RunAsync(new InMemoryLedger(), ShimHarness.Transaction("F"));

        Assert.That(error, Is.TypeOf<InvalidOperationException>().With.Message.Contains("CORE_PEER_LOCALMSPID"));
    }

    [Test]
    public async Task SetEvent_CalledTwice_LastEventRidesOnCompleted()
    {
        await using var harness = await ShimHarness.StartAsync(stub =>
        {
            stub.SetEvent("First", "1"u8.ToArray());
            stub.SetEvent("AssetCreated", "{\"ID\":\"a1\"}"u8.ToArray());
            return Task.FromResult(ChaincodeResponses.Success());
        });

        var end = await harness.RunAsync(new InMemoryLedger(), ShimHarness.Transaction("F"));

        Assert.That(end.Type, Is.EqualTo(MessageType.Completed));
        Assert.That(end.ChaincodeEvent.EventName, Is.EqualTo("AssetCreated"));
        Assert.That(end.ChaincodeEvent.Payload.ToStringUtf8(), Is.EqualTo("{\"ID\":\"a1\"}"));
        Assert.That(end.ChaincodeEvent.ChaincodeId, Is.Empty);
        Assert.That(end.ChaincodeEvent.TxId, Is.Empty);
    }

    [Test]
    public async Task SetEvent_NotCalled_CompletedHasNoEvent()
    {
        await using var harness = await ShimHarness.StartAsync(_ => Task.FromResult(ChaincodeResponses.Success()));

        var end = await harness.RunAsync(new InMemoryLedger(), ShimHarness.Transaction("F"));

        Assert.That(end.ChaincodeEvent, Is.Null);
    }

    [Test]
    public async Task SetEvent_EmptyName_ThrowsArgumentException()
    {
        Exception? error = null;
        await using var harness = await ShimHarness.StartAsync(stub =>
        {
            error = Assert.Catch(() => stub.SetEvent("", ReadOnlyMemory<byte>.Empty));
            return Task.FromResult(ChaincodeResponses.Success());
        });

        await harness.RunAsync(new InMemoryLedger(), ShimHarness.Transaction("F"));

        Assert.That(error, Is.InstanceOf<ArgumentException>());
    }

    [Test]
    public void HeaderType_EndorserTransaction_IsThree() =>
        Assert.That((int)HeaderType.EndorserTransaction, Is.EqualTo(3));
}
