using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Members;

public sealed class ExitMemberTests
{
    private TestChain _chain = null!;
    private Scenario _s = null!;

    [SetUp]
    public void SetUp()
    {
        _chain = new TestChain();
        _s = new Scenario(_chain);
        _s.CreatePool();
    }

    [Test]
    public void ExitMember_WithinWaitingPeriod_RefundsExactlyWhatWasContributed()
    {
        var member = _s.Enroll();
        _s.Contribute(member, 3_000);
        _s.Contribute(member, 2_000);

        var exited = _chain.Ok(Actors.Caseworker(), "ExitMember", new { memberId = member.MemberId, refundPaymentReference = "REF-1" },
            DomainJsonContext.Default.Member);

        var statement = _chain.Ok(Actors.Auditor(), "GetMemberStatement", new { memberId = member.MemberId }, DomainJsonContext.Default.MemberStatement);
        Assert.Multiple(() =>
        {
            Assert.That(exited.Status, Is.EqualTo(MemberStatus.Exited));
            Assert.That(exited.ExitDate, Is.EqualTo(_chain.Today));
            Assert.That(statement.Refunds, Is.EqualTo(5_000));
            Assert.That(statement.Entries.Single(e => e.Kind == EntryKind.Refund).DestinationHash, Is.EqualTo(member.PayoutDestinationHash));
        });
    }

    [Test]
    public void ExitMember_AfterWaitingPeriod_RefundsNothing()
    {
        var member = _s.Enroll();
        _s.Contribute(member, 3_000);
        _chain.AdvanceDays(31);

        _chain.Ok(Actors.Caseworker(), "ExitMember", new { memberId = member.MemberId }, DomainJsonContext.Default.Member);

        var statement = _chain.Ok(Actors.Auditor(), "GetMemberStatement", new { memberId = member.MemberId }, DomainJsonContext.Default.MemberStatement);
        Assert.That(statement.Refunds, Is.Zero);
    }

    [Test]
    public void ExitMember_RefundDueWithoutReference_FailsInvalidArgument()
    {
        var member = _s.Enroll();
        _s.Contribute(member, 3_000);

        _chain.Fails(ErrorCodes.InvalidArgument, Actors.Caseworker(), "ExitMember", new { memberId = member.MemberId });
    }

    [Test]
    public void ExitMember_RefundReferenceAlreadyUsed_FailsDuplicatePaymentReference()
    {
        var first = _s.Enroll();
        var second = _s.Enroll();
        _s.Contribute(first, 1_000);
        _s.Contribute(second, 1_000);
        _chain.Ok(Actors.Caseworker(), "ExitMember", new { memberId = first.MemberId, refundPaymentReference = "REF-1" }, DomainJsonContext.Default.Member);

        _chain.Fails(ErrorCodes.DuplicatePaymentReference, Actors.Caseworker(), "ExitMember", new { memberId = second.MemberId, refundPaymentReference = "REF-1" });
    }

    [Test]
    public void ExitMember_Twice_FailsMemberNotActive()
    {
        var member = _s.Enroll();
        _chain.Ok(Actors.Caseworker(), "ExitMember", new { memberId = member.MemberId }, DomainJsonContext.Default.Member);

        _chain.Fails(ErrorCodes.MemberNotActive, Actors.Caseworker(), "ExitMember", new { memberId = member.MemberId });
    }

    [Test]
    public void ExitMember_WithOpenClaim_FailsMemberHasOpenClaims()
    {
        var (member, _) = _s.FiledClaim();

        _chain.Fails(ErrorCodes.MemberHasOpenClaims, Actors.Caseworker(), "ExitMember", new { memberId = member.MemberId });
    }

    [Test]
    public void ExitMember_OtherOrganizationsMember_FailsForbiddenOrganization()
    {
        var member = _s.Enroll();

        _chain.Fails(ErrorCodes.ForbiddenOrganization, Actors.Caseworker(Actors.InsurerA), "ExitMember", new { memberId = member.MemberId });
    }

    [Test]
    public void ExitMember_RefundBeyondPoolBalance_FailsInsufficientPoolBalance()
    {
        var (_, claim) = _s.ApprovedClaim(amount: 100_000, contribution: 100_000);
        var member = _s.Enroll();
        _s.Contribute(member, 50_000);
        _s.Pay(claim, 100_000);

        _chain.Fails(ErrorCodes.InsufficientPoolBalance, Actors.Caseworker(), "ExitMember",
            new { memberId = member.MemberId, refundPaymentReference = "REF-X" });
    }
}
