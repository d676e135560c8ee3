using System.Text;
using Fabric.Protos.Peer;
using Fabric.Shim.Errors;
using Fabric.Shim.Testing;
using Fabric.Shim.Tests.Support;
using Google.Protobuf;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace Fabric.Shim.Tests.Stub;

public sealed class InvokeChaincodeTests
{
    [Test]
    public async Task InvokeChaincode_Completed_ReturnsInnerResponse()
    {
        await using var harness = await ShimHarness.StartAsync(async stub =>
        {
            var response = await stub.InvokeChaincodeAsync("other", [Encoding.UTF8.GetBytes("Read"), Encoding.UTF8.GetBytes("k")], "otherchannel");
            return ChaincodeResponses.Success($"{response.Status}:{response.Payload.ToStringUtf8()}");
        });

        await harness.Peer.SendAsync(ShimHarness.Transaction("Call"));
        var invoke = await harness.Peer.ExpectAsync(MessageType.InvokeChaincode);
        var inner = new ChaincodeMessage
        {
            Type = MessageType.Completed,
            Payload = new Response { Status = 200, Payload = ByteString.CopyFromUtf8("v") }.ToByteString(),
        };
        await harness.Peer.RespondAsync(invoke, inner);
        var end = await harness.Peer.ExpectAsync(MessageType.Completed);

        var spec = ChaincodeSpec.Parser.ParseFrom(invoke.Payload);
        Assert.That(spec.ChaincodeId.Name, Is.EqualTo("other/otherchannel"));
        Assert.That(spec.Input.Args.Select(a => a.ToStringUtf8()), Is.EqualTo(new[] { "Read", "k" }));
        Assert.That(Messages.ResponseOf(end).Payload.ToStringUtf8(), Is.EqualTo("200:v"));
    }

    [Test]
    public async Task InvokeChaincode_InnerError_ThrowsPeerRequestException()
    {
        await using var harness = await ShimHarness.StartAsync(async stub =>
        {
            var error = Assert.CatchAsync<PeerRequestException>(() => stub.InvokeChaincodeAsync("missing", []));
            await Task.CompletedTask;
            return ChaincodeResponses.Success(error!.Message);
        });

        var end = await harness.RunAsync(new InMemoryLedger(), ShimHarness.Transaction("Call"));

        Assert.That(Messages.ResponseOf(end).Payload.ToStringUtf8(), Is.EqualTo("chaincode missing not found"));
    }
}
