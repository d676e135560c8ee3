using System.Text;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Events;
using MutualAid.Domain.Model;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Pools;

public sealed class CreatePoolTests
{
    [Test]
    public void CreatePool_ByDelegate_StoresPoolWithCallerAsAdministratorAndEmitsPoolCreated()
    {
        // Arrange
        var chain = new TestChain();

        // Act
        var pool = new Scenario(chain).CreatePool(opening: 10_000);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(pool.AdministratorMsp, Is.EqualTo(Actors.InsurerA));
            Assert.That(pool.OpeningBalance, Is.EqualTo(10_000));
            Assert.That(pool.Organizations.Select(o => o.MspId), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
            Assert.That(chain.Ledger.Events.Single().Name, Is.EqualTo(EventNames.PoolCreated));
        });
    }

    [Test]
    public void CreatePool_SameIdTwice_FailsPoolAlreadyExists()
    {
        var chain = new TestChain();
        new Scenario(chain).CreatePool();

        chain.Fails(ErrorCodes.PoolAlreadyExists, Actors.Delegate(), "CreatePool", Scenario.PoolArgs());
    }

    [Test]
    public void CreatePool_ByCaseworker_FailsForbiddenRole()
        => new TestChain().Fails(ErrorCodes.ForbiddenRole, Actors.Caseworker(), "CreatePool", Scenario.PoolArgs());

    [Test]
    public void CreatePool_ByDelegateOfNonParticipant_FailsForbiddenOrganization()
        => new TestChain().Fails(ErrorCodes.ForbiddenOrganization, Actors.Delegate(Actors.Outsider), "CreatePool", Scenario.PoolArgs());

    [Test]
    public void CreatePool_ByRegulator_FailsRegulatorReadOnly()
        => new TestChain().Fails(ErrorCodes.RegulatorReadOnly, Actors.Delegate(Actors.Regulator), "CreatePool", Scenario.PoolArgs());

    private static IEnumerable<TestCaseData> InvalidParameters()
    {
        var p = Scenario.DefaultParameters;
        yield return new TestCaseData(p with { Currency = "eur" }).SetName("CreatePool_LowerCaseCurrency_FailsInvalidPoolParameters");
        yield return new TestCaseData(p with { WaitingPeriodDays = -1 }).SetName("CreatePool_NegativeWaitingPeriod_FailsInvalidPoolParameters");
        yield return new TestCaseData(p with { FilingDeadlineDays = 0 }).SetName("CreatePool_ZeroFilingDeadline_FailsInvalidPoolParameters");
        yield return new TestCaseData(p with { MaxBenefitPerClaim = 0 }).SetName("CreatePool_ZeroClaimCap_FailsInvalidPoolParameters");
        yield return new TestCaseData(p with { MaxBenefitPerMemberLifetime = 1 }).SetName("CreatePool_LifetimeBelowClaimCap_FailsInvalidPoolParameters");
        yield return new TestCaseData(p with { ManagementFeeBps = 10_001 }).SetName("CreatePool_FeeAbove100Percent_FailsInvalidPoolParameters");
        yield return new TestCaseData(p with { ReserveRatioBps = -1 }).SetName("CreatePool_NegativeReserve_FailsInvalidPoolParameters");
        yield return new TestCaseData(p with { EndorsementThreshold = 0 }).SetName("CreatePool_ZeroThreshold_FailsInvalidPoolParameters");
        yield return new TestCaseData(p with { EndorsementThreshold = 3 }).SetName("CreatePool_ThresholdNeedsFilingOrg_FailsInvalidPoolParameters");
        yield return new TestCaseData(p with { RedemptionWindowDays = 0 }).SetName("CreatePool_ZeroRedemptionWindow_FailsInvalidPoolParameters");
        yield return new TestCaseData(p with { MaxClaimAttemptsPerMember = 0 }).SetName("CreatePool_ZeroAttempts_FailsInvalidPoolParameters");
    }

    [TestCaseSource(nameof(InvalidParameters))]
    public void CreatePool_ParameterOutOfBounds_FailsInvalidPoolParameters(PoolParameters parameters)
        => new TestChain().Fails(ErrorCodes.InvalidPoolParameters, Actors.Delegate(), "CreatePool", Scenario.PoolArgs(parameters));

    [Test]
    public void CreatePool_NoInsurer_FailsInvalidPoolParameters()
    {
        var orgs = new[] { new { mspId = Actors.InsurerA, kind = OrgKind.Ngo }, new { mspId = Actors.Ngo, kind = OrgKind.Ngo } };
        new TestChain().Fails(ErrorCodes.InvalidPoolParameters, Actors.Delegate(), "CreatePool",
            Scenario.PoolArgs(Scenario.DefaultParameters with { EndorsementThreshold = 1 }, organizations: orgs));
    }

    [Test]
    public void CreatePool_RegulatorAsParticipant_FailsInvalidPoolParameters()
    {
        var orgs = new[] { new { mspId = Actors.InsurerA, kind = OrgKind.Insurer }, new { mspId = Actors.Regulator, kind = OrgKind.Ngo } };
        new TestChain().Fails(ErrorCodes.InvalidPoolParameters, Actors.Delegate(), "CreatePool",
            Scenario.PoolArgs(Scenario.DefaultParameters with { EndorsementThreshold = 1 }, organizations: orgs));
    }

    [Test]
    public void CreatePool_NegativeOpeningBalance_FailsInvalidPoolParameters()
        => new TestChain().Fails(ErrorCodes.InvalidPoolParameters, Actors.Delegate(), "CreatePool", Scenario.PoolArgs(opening: -1));

    [TestCase("AB")]
    [TestCase("Upper-Case")]
    [TestCase("with space")]
    public void CreatePool_MalformedPoolId_FailsInvalidArgument(string poolId)
        => new TestChain().Fails(ErrorCodes.InvalidArgument, Actors.Delegate(), "CreatePool", Scenario.PoolArgs(poolId: poolId));

    [Test]
    public void CreatePool_UnknownProperty_FailsInvalidArgument()
    {
        var json = Scenario.PoolArgs();
        var text = TestJson.Serialize(json).Replace("\"openingBalance\"", "\"surprise\":1,\"openingBalance\"", StringComparison.Ordinal);
        Assert.That(new TestChain().InvokeJson(Actors.Delegate(), "CreatePool", text).ErrorCode, Is.EqualTo(ErrorCodes.InvalidArgument));
    }

    [Test]
    public void CreatePool_FractionalAmount_FailsInvalidArgument()
    {
        var text = TestJson.Serialize(Scenario.PoolArgs()).Replace("\"openingBalance\":0", "\"openingBalance\":0.5", StringComparison.Ordinal);
        Assert.That(new TestChain().InvokeJson(Actors.Delegate(), "CreatePool", text).ErrorCode, Is.EqualTo(ErrorCodes.InvalidArgument));
    }

    [Test]
    public void CreatePool_EventPayload_IsCanonicalJsonWithoutClientId()
    {
        var chain = new TestChain();
        new Scenario(chain).CreatePool();

        var payload = Encoding.UTF8.GetString(chain.Ledger.Events.Single().Payload.Span);

        Assert.Multiple(() =>
        {
            Assert.That(payload, Does.StartWith("{\"name\":\"PoolCreated\",\"txId\":"));
            Assert.That(payload, Does.Not.Contain("x509"));
            Assert.That(payload, Does.Contain("\"at\":\"2025-01-06T09:00:00.0000000Z\""));
        });
    }
}
