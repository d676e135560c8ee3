using System.Text;
using Fabric.Protos.Peer;
using Fabric.Shim.Testing;
using Fabric.Shim.Tests.Support;
using Google.Protobuf;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace Fabric.Shim.Tests.Stub;

public sealed class StateTests
{
    [Test]
    public async Task GetPutDel_ScriptedStepByStep_SendExactPayloadsAndEchoIds()
    {
        await using var harness = await ShimHarness.StartAsync(async stub =>
        {
            var value = await stub.GetStateAsync("asset1");
            await stub.PutStateAsync("asset2", value);
            await stub.DelStateAsync("asset1");
            var missing = await stub.GetStateAsync("nothing");
            return ChaincodeResponses.Success(missing.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        var transaction = ShimHarness.Transaction("Move");

        await harness.Peer.SendAsync(transaction);
        var get = await harness.Peer.ExpectAsync(MessageType.GetState);
        await harness.Peer.RespondAsync(get, ByteString.CopyFromUtf8("blue"));
        var put = await harness.Peer.ExpectAsync(MessageType.PutState);
        await harness.Peer.RespondAsync(put);
        var del = await harness.Peer.ExpectAsync(MessageType.DelState);
        await harness.Peer.RespondAsync(del);
        var getMissing = await harness.Peer.ExpectAsync(MessageType.GetState);
        await harness.Peer.RespondAsync(getMissing);
        var end = await harness.Peer.ExpectAsync(MessageType.Completed);

        Assert.That(new[] { get, put, del, getMissing }.Select(m => (m.Txid, m.ChannelId)),
            Is.All.EqualTo((transaction.Txid, ShimHarness.Channel)));
        Assert.That(GetState.Parser.ParseFrom(get.Payload), Is.EqualTo(new GetState { Key = "asset1" }));
        Assert.That(PutState.Parser.ParseFrom(put.Payload), Is.EqualTo(new PutState { Key = "asset2", Value = ByteString.CopyFromUtf8("blue") }));
        Assert.That(DelState.Parser.ParseFrom(del.Payload), Is.EqualTo(new DelState { Key = "asset1" }));
        Assert.That(Messages.ResponseOf(end), Is.EqualTo(new Response { Status = 200, Payload = ByteString.CopyFromUtf8("0") }));
    }

    [Test]
    public async Task PutState_EmptyKey_ThrowsArgumentExceptionWithoutSending()
    {
        await using var harness = await ShimHarness.StartAsync(async stub =>
        {
            var error = Assert.CatchAsync(() => stub.PutStateAsync("", Encoding.UTF8.GetBytes("v")));
            await Task.CompletedTask;
            return ChaincodeResponses.Success(error!.GetType().Name);
        });

        var end = await harness.RunAsync(new InMemoryLedger(), ShimHarness.Transaction("F"));

        Assert.That(Messages.ResponseOf(end).Payload.ToStringUtf8(), Is.EqualTo(nameof(ArgumentException)));
    }

    [Test]
    public async Task ValidationParameter_SetThenGet_UsesStateMetadataMessages()
    {
        await using var harness = await ShimHarness.StartAsync(async stub =>
        {
            await stub.SetStateValidationParameterAsync("asset1", "policy"u8.ToArray());
            var policy = await stub.GetStateValidationParameterAsync("asset1");
            return ChaincodeResponses.Success(policy);
        });

        await harness.Peer.SendAsync(ShimHarness.Transaction("F"));
        var put = await harness.Peer.ExpectAsync(MessageType.PutStateMetadata);
        await harness.Peer.RespondAsync(put);
        var get = await harness.Peer.ExpectAsync(MessageType.GetStateMetadata);
        var result = new StateMetadataResult();
        result.Entries.Add(new StateMetadata { Metakey = "OTHER", Value = ByteString.CopyFromUtf8("x") });
        result.Entries.Add(new StateMetadata { Metakey = "VALIDATION_PARAMETER", Value = ByteString.CopyFromUtf8("policy") });
        await harness.Peer.RespondAsync(get, result);
        var end = await harness.Peer.ExpectAsync(MessageType.Completed);

        Assert.That(PutStateMetadata.Parser.ParseFrom(put.Payload), Is.EqualTo(new PutStateMetadata
        {
            Key = "asset1",
            Metadata = new StateMetadata { Metakey = "VALIDATION_PARAMETER", Value = ByteString.CopyFromUtf8("policy") },
        }));
        Assert.That(GetStateMetadata.Parser.ParseFrom(get.Payload), Is.EqualTo(new GetStateMetadata { Key = "asset1" }));
        Assert.That(Messages.ResponseOf(end).Payload.ToStringUtf8(), Is.EqualTo("policy"));
    }

    [Test]
    public async Task ValidationParameter_NoEntry_ReturnsEmpty()
    {
        await using var harness = await ShimHarness.StartAsync(async stub =>
            ChaincodeResponses.Success((await stub.GetStateValidationParameterAsync("k")).Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var end = await harness.RunAsync(new InMemoryLedger(), ShimHarness.Transaction("F"));

        Assert.That(Messages.ResponseOf(end).Payload.ToStringUtf8(), Is.EqualTo("0"));
    }
}
