using MutualAid.Chaincode.Responses;
using MutualAid.Domain.Routing;

namespace MutualAid.Chaincode.Tests.Responses;

[CancelAfter(10_000)]
public sealed class ResponseMapperTests
{
    [Test]
    public void ToResponse_Success_Status200WithPayloadAndNoMessage()
    {
        var response = ResponseMapper.ToResponse(new DomainResponse(200, null, string.Empty, "{\"a\":1}"u8.ToArray()));

        Assert.That(response.Status, Is.EqualTo(200));
        Assert.That(response.Payload.ToStringUtf8(), Is.EqualTo("{\"a\":1}"));
        Assert.That(response.Message, Is.Empty);
    }

    [Test]
    public void ToResponse_ReplayedWrite_Status200WithTheFirstPayloadAndReplayedMessage()
    {
        var response = ResponseMapper.ToResponse(DomainResponse.Replay("tx-1", "{\"a\":1}"u8.ToArray()));

        Assert.That(response.Status, Is.EqualTo(200));
        Assert.That(response.Payload.ToStringUtf8(), Is.EqualTo("{\"a\":1}"));
        Assert.That(response.Message, Is.EqualTo("REPLAYED: first committed in transaction tx-1"));
    }

    [Test]
    public void ToResponse_CallerError_KeepsStatusAndCodeFirstMessage()
    {
        var response = ResponseMapper.ToResponse(DomainResponse.Failure(404, "CLAIM_NOT_FOUND", "CLAIM_NOT_FOUND: claim C-1 does not exist"));

        Assert.That(response.Status, Is.EqualTo(404));
        Assert.That(response.Message, Is.EqualTo("CLAIM_NOT_FOUND: claim C-1 does not exist"));
        Assert.That(response.Payload.IsEmpty, Is.True);
    }

    [Test]
    public void ToResponse_MessageWithoutCode_PutsTheCodeFirst()
    {
        var response = ResponseMapper.ToResponse(DomainResponse.Failure(409, "POOL_ALREADY_EXISTS", "pool p-1 already exists"));

        Assert.That(response.Message, Is.EqualTo("POOL_ALREADY_EXISTS: pool p-1 already exists"));
    }

    [TestCase(0)]
    [TestCase(302)]
    [TestCase(600)]
    public void ToResponse_FailureWithANonErrorStatus_Becomes500(int status)
    {
        var response = ResponseMapper.ToResponse(DomainResponse.Failure(status, "ODD", "ODD: status out of range"));

        Assert.That(response.Status, Is.EqualTo(500));
        Assert.That(response.Message, Is.EqualTo("ODD: status out of range"));
    }

    [Test]
    public void ToResponse_FailureWithoutCode_ReportsInternalError()
    {
        var response = ResponseMapper.ToResponse(new DomainResponse(500, null, "boom", ReadOnlyMemory<byte>.Empty));

        Assert.That(response.Message, Is.EqualTo("INTERNAL_ERROR: boom"));
    }
}
