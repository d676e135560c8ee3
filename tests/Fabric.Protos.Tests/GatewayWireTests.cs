using Fabric.Protos.GatewayApi;
using Fabric.Protos.Orderer;
using Fabric.Protos.Peer;
using Fabric.Protos.Tests.Interop;
using RpcStatus = Fabric.Protos.Rpc.Status;

namespace Fabric.Protos.Tests;

/// <summary>Gateway requests, responses and error details against the official Node bindings.</summary>
public sealed class GatewayWireTests
{
    private static IEnumerable<TestCaseData> SeekPositions =>
    [
        new TestCaseData("Newest", SeekPosition.TypeOneofCase.Newest),
        new TestCaseData("Oldest", SeekPosition.TypeOneofCase.Oldest),
        new TestCaseData("Specified", SeekPosition.TypeOneofCase.Specified),
        new TestCaseData("NextCommit", SeekPosition.TypeOneofCase.NextCommit),
    ];

    [TestCaseSource(nameof(SeekPositions))]
    public async Task ChaincodeEventsRequest_EncodedByNode_KeepsTheStartPosition(string kind, SeekPosition.TypeOneofCase expected)
    {
        var bytes = await NodeWire.EncodedByNodeAsync($"ChaincodeEventsRequest.{kind}");

        var request = ChaincodeEventsRequest.Parser.ParseFrom(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(request.StartPosition.TypeCase, Is.EqualTo(expected));
            Assert.That(request.ChaincodeId, Is.EqualTo("mutualaid"));
            Assert.That(request.AfterTransactionId, Has.Length.EqualTo(64));
        });
    }

    [Test]
    public async Task Status_EncodedByNode_UnpacksErrorDetailsByTypeUrl()
    {
        var bytes = await NodeWire.EncodedByNodeAsync("Status");

        var status = RpcStatus.Parser.ParseFrom(bytes);
        var details = status.Details.Select(d => d.Unpack<ErrorDetail>()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(status.Code, Is.EqualTo(10));
            Assert.That(status.Details.Select(d => d.TypeUrl), Is.All.EqualTo("type.googleapis.com/gateway.ErrorDetail"));
            Assert.That(details.Select(d => d.MspId), Is.EqualTo(new[] { "InsurerMSP", "ReliefMSP" }));
            Assert.That(details[0].Address, Is.EqualTo("peer0.insurer.example:7051"));
            Assert.That(details[0].Message, Is.EqualTo("chaincode response 500, pool closed"));
        });
    }

    [Test]
    public async Task CommitStatusResponse_EncodedByNode_DecodesValidationCodeAndBlock()
    {
        var bytes = await NodeWire.EncodedByNodeAsync("CommitStatusResponse");

        var response = CommitStatusResponse.Parser.ParseFrom(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(response.Result, Is.EqualTo(TxValidationCode.EndorsementPolicyFailure));
            Assert.That(response.BlockNumber, Is.EqualTo(42UL));
        });
    }
}
