using System.Text;
using Fabric.Client.Errors;
using Fabric.Client.Tests.Support;
using Google.Protobuf;
using Grpc.Core;

namespace Fabric.Client.Tests.Flow;

internal sealed class EvaluateTests : FakeGatewayFixture
{
    [Test]
    public async Task EvaluateTransactionAsync_GatewayAnswers_ReturnsChaincodePayload()
    {
        Fake.Result = "[{\"id\":1}]"u8.ToArray();

        var result = await NewContract().EvaluateTransactionAsync("GetAll");

        Assert.That(Encoding.UTF8.GetString(result), Is.EqualTo("[{\"id\":1}]"));
    }

    [Test]
    public async Task EvaluateAsync_ResponseWithoutResult_ReturnsEmpty()
    {
        Fake.OnEvaluate = (_, _) => Task.FromResult(new Protos.GatewayApi.EvaluateResponse());

        var result = await NewContract().EvaluateAsync("GetAll");

        Assert.That(result, Is.Empty);
    }

    [Test]
    public void EvaluateAsync_ChaincodeFailsWithUnknown_ThrowsEvaluateExceptionWithDetails()
    {
        Fake.OnEvaluate = (_, _) => throw GatewayErrors.Failure(
            StatusCode.Unknown,
            "evaluate call to endorser returned error: chaincode response 500, boom",
            GatewayErrors.Detail("peer0.org1.example.com:7051", "Org1MSP", "chaincode response 500, boom"));
        var proposal = NewContract().NewProposal("Explode");

        var ex = Assert.ThrowsAsync<EvaluateException>(() => proposal.EvaluateAsync());

        Assert.Multiple(() =>
        {
            Assert.That(ex!.StatusCode, Is.EqualTo(StatusCode.Unknown));
            Assert.That(ex.TransactionId, Is.EqualTo(proposal.TransactionId));
            Assert.That(ex.IsTransient, Is.False);
            Assert.That(ex.Details, Is.EqualTo(new[] { new ErrorDetail("peer0.org1.example.com:7051", "Org1MSP", "chaincode response 500, boom") }));
            Assert.That(ex.Message, Does.Contain("UNKNOWN").And.Contain("chaincode response 500, boom"));
            Assert.That(Fake.Evaluations, Has.Count.EqualTo(1), "a chaincode error is not retried");
        });
    }

    [Test]
    public void EvaluateAsync_DetailWithForeignTypeUrl_StillDecodesDetail()
    {
        Fake.OnEvaluate = (_, _) =>
        {
            var status = new Protos.Rpc.Status { Code = (int)StatusCode.Unknown, Message = "x" };
            status.Details.Add(new Google.Protobuf.WellKnownTypes.Any
            {
                TypeUrl = "example.com/something.Else",
                Value = GatewayErrors.Detail("a:1", "M", "m").ToByteString(),
            });
            throw new RpcException(new Status(StatusCode.Unknown, "x"), new Metadata { { "grpc-status-details-bin", status.ToByteArray() } });
        };

        var ex = Assert.ThrowsAsync<EvaluateException>(() => NewContract().EvaluateAsync("Fn"));

        Assert.That(ex!.Details, Is.EqualTo(new[] { new ErrorDetail("a:1", "M", "m") }));
    }
}
