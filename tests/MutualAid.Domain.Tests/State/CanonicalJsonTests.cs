using System.Text;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Handlers;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;

namespace MutualAid.Domain.Tests.State;

public sealed class CanonicalJsonTests
{
    [Test]
    public void Serialize_LedgerEntry_UsesDeclaredOrderCamelCaseAndUtcTimestamp()
    {
        var entry = new LedgerEntry
        {
            PoolId = "p", TxId = "t", Seq = 0, Kind = EntryKind.Fee, Amount = new Money(5, "EUR"),
            At = new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.FromHours(8)),
        };

        var json = Encoding.UTF8.GetString(CanonicalJson.Serialize(entry, DomainJsonContext.Default.LedgerEntry));

        Assert.That(json, Is.EqualTo("{\"poolId\":\"p\",\"txId\":\"t\",\"seq\":0,\"kind\":\"Fee\",\"amount\":{\"amount\":5,\"currency\":\"EUR\"},\"at\":\"2025-03-01T02:00:00.0000000Z\"}"));
    }

    [Test]
    public void ParseArguments_MissingRequiredProperty_ThrowsInvalidArgument()
    {
        var ex = Assert.Throws<DomainException>(() => CanonicalJson.ParseArguments("{}", DomainJsonContext.Default.ClaimRequest));
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.InvalidArgument));
    }

    [Test]
    public void ParseArguments_NullForNonNullable_ThrowsInvalidArgument()
    {
        var ex = Assert.Throws<DomainException>(() => CanonicalJson.ParseArguments("{\"claimId\":null}", DomainJsonContext.Default.ClaimRequest));
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.InvalidArgument));
    }

    [Test]
    public void ParseArguments_RoundTrip_GivesSameBytes()
    {
        var request = new ClaimRequest { ClaimId = "CLM-1" };
        var bytes = CanonicalJson.Serialize(request, DomainJsonContext.Default.ClaimRequest);

        var again = CanonicalJson.Serialize(CanonicalJson.ParseArguments(Encoding.UTF8.GetString(bytes), DomainJsonContext.Default.ClaimRequest),
            DomainJsonContext.Default.ClaimRequest);

        Assert.That(again, Is.EqualTo(bytes));
    }
}
