using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Payouts;

public sealed class ExpireClaimTests
{
    [Test]
    public void ExpireClaim_PartlyPaidAfterRedemptionWindow_ClosesAndReleasesRemainder()
    {
        var chain = new TestChain();
        var s = new Scenario(chain);
        s.CreatePool();
        var (_, claim) = s.ApprovedClaim(200_000);
        s.Pay(claim, 50_000);
        chain.AdvanceDays(31);

        var closed = chain.Ok(Actors.Coordinator(), "ExpireClaim", new { claimId = claim.ClaimId }, DomainJsonContext.Default.Claim);

        var member = chain.Ok(Actors.Auditor(), "GetMemberStatement", new { memberId = claim.MemberId }, DomainJsonContext.Default.MemberStatement).Member;
        Assert.Multiple(() =>
        {
            Assert.That(closed.Status, Is.EqualTo(ClaimStatus.Closed));
            Assert.That(closed.Outcome, Is.EqualTo("REDEMPTION_EXPIRED"));
            Assert.That(member.LifetimeReserved, Is.Zero);
            Assert.That(member.LifetimePaid, Is.EqualTo(50_000));
        });
    }

    [Test]
    public void ExpireClaim_InsideRedemptionWindow_FailsRedemptionWindowOpen()
    {
        var chain = new TestChain();
        var s = new Scenario(chain);
        s.CreatePool();
        var (_, claim) = s.ApprovedClaim();

        chain.Fails(ErrorCodes.RedemptionWindowOpen, Actors.Coordinator(), "ExpireClaim", new { claimId = claim.ClaimId });
    }

    [Test]
    public void ExpireClaim_ExpiredClaim_CannotBePaidOrExpiredAgain()
    {
        var chain = new TestChain();
        var s = new Scenario(chain);
        s.CreatePool();
        var (_, claim) = s.ApprovedClaim();
        chain.AdvanceDays(31);
        chain.Ok(Actors.Coordinator(), "ExpireClaim", new { claimId = claim.ClaimId }, DomainJsonContext.Default.Claim);

        chain.Fails(ErrorCodes.InvalidClaimTransition, Actors.Coordinator(), "ExpireClaim", new { claimId = claim.ClaimId });
        chain.Fails(ErrorCodes.InvalidClaimTransition, Actors.Coordinator(), "RecordPayout", s.PayoutArgs(claim, 1));
    }
}
