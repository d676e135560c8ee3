using static MutualAid.Chaincode.Tests.Support.DomainCalls;

namespace MutualAid.Chaincode.Tests.EndToEnd.TimeAttacks;

/// <summary>Valid protobuf timestamps at the ends of the calendar, which once reached window arithmetic unchecked.</summary>
[NonParallelizable]
[CancelAfter(60_000)]
public sealed class ExtremeTimestampAttackTests
{
    private static TimeAttack Attack => new(TimeAttackNetwork.Network);

    [TestCase(1, 1, 1)]
    [TestCase(1938, 6, 1)]
    [TestCase(9999, 12, 31)]
    public async Task CreatePool_DatedAtTheEndsOfTheCalendar_RefusedOutOfRange(int year, int month, int day)
    {
        var time = new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero);

        await Attack.AssertRefusedAsync(InsurerMsp, "Delegate", TimeAttack.At(time), "CreatePool", CreatePool($"atk-year-{year}"));
    }

    [Test]
    public async Task EnrollMember_DatedInYear9999_RefusedOutOfRange()
    {
        const string PoolId = "atk-year-enrol";
        await Attack.SubmitAsync(InsurerMsp, "Delegate", "CreatePool", CreatePool(PoolId));
        var lastDay = new DateTimeOffset(9999, 12, 31, 23, 59, 0, TimeSpan.Zero);

        await Attack.AssertRefusedAsync(NgoMsp, "Caseworker", TimeAttack.At(lastDay), "EnrollMember", EnrollMember(PoolId, "atk-year-9999", Hash("iban-9999")));
    }
}
