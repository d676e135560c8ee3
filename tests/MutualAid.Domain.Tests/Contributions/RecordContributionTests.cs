using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Contributions;

public sealed class RecordContributionTests
{
    private TestChain _chain = null!;
    private Scenario _s = null!;
    private Member _member = null!;

    [SetUp]
    public void SetUp()
    {
        _chain = new TestChain();
        _s = new Scenario(_chain);
        _s.CreatePool();
        _member = _s.Enroll();
    }

    [Test]
    public void RecordContribution_Valid_AddsDeltaEntryAndRaisesBalance()
    {
        var result = _s.Contribute(_member, 2_500, "BANK-1");

        var statement = _chain.Ok(Actors.Auditor(), "GetPoolStatement", new { poolId = Scenario.PoolId }, DomainJsonContext.Default.PoolStatement);
        Assert.Multiple(() =>
        {
            Assert.That(result.Duplicate, Is.False);
            Assert.That(result.Entry.Kind, Is.EqualTo(EntryKind.Contribution));
            Assert.That(statement.Balance, Is.EqualTo(2_500));
            Assert.That(_chain.Ledger.Events[^1].Name, Is.EqualTo("ContributionRecorded"));
        });
    }

    [Test]
    public void RecordContribution_SameReferenceTwice_RecordsOnceAndReportsDuplicate()
    {
        _s.Contribute(_member, 2_500, "BANK-1");
        var events = _chain.Ledger.Events.Count;

        var again = _s.Contribute(_member, 2_500, "BANK-1");

        var statement = _chain.Ok(Actors.Auditor(), "GetPoolStatement", new { poolId = Scenario.PoolId }, DomainJsonContext.Default.PoolStatement);
        Assert.Multiple(() =>
        {
            Assert.That(again.Duplicate, Is.True);
            Assert.That(statement.Contributions, Is.EqualTo(2_500));
            Assert.That(_chain.Ledger.Events, Has.Count.EqualTo(events));
            Assert.That(_chain.Ledger.Log[^1].Writes, Is.Empty);
        });
    }

    [Test]
    public void RecordContribution_ReferenceReusedForOtherAmount_FailsDuplicatePaymentReference()
    {
        _s.Contribute(_member, 2_500, "BANK-1");

        _chain.Fails(ErrorCodes.DuplicatePaymentReference, Actors.Caseworker(), "RecordContribution",
            new { memberId = _member.MemberId, amount = Scenario.Eur(9_999), paymentReference = "BANK-1" });
    }

    [Test]
    public void RecordContribution_OtherCurrency_FailsCurrencyMismatch()
        => _chain.Fails(ErrorCodes.CurrencyMismatch, Actors.Caseworker(), "RecordContribution",
            new { memberId = _member.MemberId, amount = new Money(100, "USD"), paymentReference = "BANK-1" });

    [TestCase(0)]
    [TestCase(-5)]
    [TestCase(1_000_000_000_000_001)]
    public void RecordContribution_AmountOutOfRange_FailsInvalidAmount(long amount)
        => _chain.Fails(ErrorCodes.InvalidAmount, Actors.Caseworker(), "RecordContribution",
            new { memberId = _member.MemberId, amount = Scenario.Eur(amount), paymentReference = "BANK-1" });

    [Test]
    public void RecordContribution_ExitedMember_FailsMemberNotActive()
    {
        _chain.AdvanceDays(40);
        _chain.Ok(Actors.Caseworker(), "ExitMember", new { memberId = _member.MemberId }, DomainJsonContext.Default.Member);

        _chain.Fails(ErrorCodes.MemberNotActive, Actors.Caseworker(), "RecordContribution",
            new { memberId = _member.MemberId, amount = Scenario.Eur(100), paymentReference = "BANK-2" });
    }

    [Test]
    public void RecordContribution_ByOtherOrganization_FailsForbiddenOrganization()
        => _chain.Fails(ErrorCodes.ForbiddenOrganization, Actors.Caseworker(Actors.InsurerB), "RecordContribution",
            new { memberId = _member.MemberId, amount = Scenario.Eur(100), paymentReference = "BANK-1" });

    [Test]
    public void RecordContribution_UnknownMember_FailsMemberNotFound()
        => _chain.Fails(ErrorCodes.MemberNotFound, Actors.Caseworker(), "RecordContribution",
            new { memberId = "MBR-FFFFFFFFFFFFFFFF", amount = Scenario.Eur(100), paymentReference = "BANK-1" });

    [Test]
    public void RecordContribution_MalformedReference_FailsInvalidArgument()
        => _chain.Fails(ErrorCodes.InvalidArgument, Actors.Caseworker(), "RecordContribution",
            new { memberId = _member.MemberId, amount = Scenario.Eur(100), paymentReference = "has space" });
}
