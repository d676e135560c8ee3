using System.Security.Cryptography;
using System.Text;
using Fabric.Protos.Peer;
using Fabric.Shim.Testing;
using Fabric.Shim.Tests.Support;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace Fabric.Shim.Tests.Stub;

public sealed class PrivateDataTests
{
    private const string Collection = "Org1MSPPrivateCollection";

    [Test]
    public async Task PutPrivateData_FromTransientMap_WritesToCollectionAndHashIsReadable()
    {
        var ledger = new InMemoryLedger();
        await using var harness = await ShimHarness.StartAsync(async stub =>
        {
            var secret = stub.TransientMap["asset_properties"];
            await stub.PutPrivateDataAsync(Collection, "asset1", secret);
            var hash = await stub.GetPrivateDataHashAsync(Collection, "asset1");
            var value = await stub.GetPrivateDataAsync(Collection, "asset1");
            return ChaincodeResponses.Success($"{Convert.ToHexStringLower(hash)}|{Encoding.UTF8.GetString(value)}");
        });

        var end = await harness.RunAsync(ledger, ShimHarness.Transaction(
            new Dictionary<string, byte[]> { ["asset_properties"] = "{\"size\":5}"u8.ToArray() }, "CreatePrivate"));

        var put = PutState.Parser.ParseFrom(ledger.Requests[0].Payload);
        Assert.That(put.Collection, Is.EqualTo(Collection));
        Assert.That(put.Value.ToStringUtf8(), Is.EqualTo("{\"size\":5}"));
        Assert.That(ledger.Requests[1].Type, Is.EqualTo(MessageType.GetPrivateDataHash));
        Assert.That(GetState.Parser.ParseFrom(ledger.Requests[1].Payload).Collection, Is.EqualTo(Collection));
        Assert.That(Messages.ResponseOf(end).Payload.ToStringUtf8(),
            Is.EqualTo($"{Convert.ToHexStringLower(SHA256.HashData("{\"size\":5}"u8))}|{{\"size\":5}}"));
        Assert.That(ledger.Read("asset1"), Is.Null, "private data must not reach public state");
    }

    [Test]
    public async Task DelAndPurgePrivateData_SendDelStateAndPurgeWithCollection()
    {
        var ledger = new InMemoryLedger();
        ledger.Seed("a", "v", Collection);
        await using var harness = await ShimHarness.StartAsync(async stub =>
        {
            await stub.DelPrivateDataAsync(Collection, "a");
            await stub.PurgePrivateDataAsync(Collection, "a");
            return ChaincodeResponses.Success();
        });

        await harness.RunAsync(ledger, ShimHarness.Transaction("Forget"));

        Assert.That(ledger.Requests.Select(r => r.Type), Is.EqualTo(new[] { MessageType.DelState, MessageType.PurgePrivateData }));
        Assert.That(DelState.Parser.ParseFrom(ledger.Requests[0].Payload), Is.EqualTo(new DelState { Key = "a", Collection = Collection }));
        Assert.That(PurgePrivateState.Parser.ParseFrom(ledger.Requests[1].Payload), Is.EqualTo(new PurgePrivateState { Key = "a", Collection = Collection }));
    }

    [Test]
    public async Task PrivateQueriesAndValidationParameter_CarryTheCollection()
    {
        var ledger = new InMemoryLedger();
        ledger.Seed("k1", "v1", Collection);
        await using var harness = await ShimHarness.StartAsync(async stub =>
        {
            var range = await (await stub.GetPrivateDataByRangeAsync(Collection, "", "")).ToListAsync();
            var partial = await (await stub.GetPrivateDataByPartialCompositeKeyAsync(Collection, "t", "x")).ToListAsync();
            await stub.SetPrivateDataValidationParameterAsync(Collection, "k1", "ep"u8.ToArray());
            var policy = await stub.GetPrivateDataValidationParameterAsync(Collection, "k1");
            return ChaincodeResponses.Success($"{range.Count}|{partial.Count}|{Encoding.UTF8.GetString(policy)}");
        });

        var end = await harness.RunAsync(ledger, ShimHarness.Transaction("Private"));

        Assert.That(Messages.ResponseOf(end).Payload.ToStringUtf8(), Is.EqualTo("1|0|ep"));
        var ranges = ledger.Requests.Where(r => r.Type == MessageType.GetStateByRange).Select(r => GetStateByRange.Parser.ParseFrom(r.Payload)).ToList();
        Assert.That(ranges.Select(r => r.Collection), Is.All.EqualTo(Collection));
        Assert.That(ranges[0].StartKey, Is.EqualTo("\u0001"));
        Assert.That(PutStateMetadata.Parser.ParseFrom(ledger.Requests.Single(r => r.Type == MessageType.PutStateMetadata).Payload).Collection, Is.EqualTo(Collection));
    }

    [Test]
    public async Task PrivateData_EmptyCollection_ThrowsArgumentException()
    {
        await using var harness = await ShimHarness.StartAsync(async stub =>
        {
            var error = Assert.CatchAsync(() => stub.GetPrivateDataAsync("", "k"));
            await Task.CompletedTask;
            return ChaincodeResponses.Success(error!.Message);
        });

        var end = await harness.RunAsync(new InMemoryLedger(), ShimHarness.Transaction("F"));

        Assert.That(Messages.ResponseOf(end).Payload.ToStringUtf8(), Does.StartWith("collection must not be an empty string"));
    }
}
