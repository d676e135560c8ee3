using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Solvency;

public sealed class SolvencyTests
{
    private static (TestChain Chain, Scenario S) Pool(Domain.Model.PoolParameters parameters, long opening = 0)
    {
        var chain = new TestChain();
        var s = new Scenario(chain);
        s.CreatePool(parameters, opening);
        return (chain, s);
    }

    private static object Withdraw(long amount, string reference = "CAP-1")
        => new { poolId = Scenario.PoolId, amount = Scenario.Eur(amount), paymentReference = reference };

    [Test]
    public void EnrollMember_AtActiveMemberCapacity_FailsMemberCapacityReached()
    {
        var (chain, s) = Pool(Scenario.DefaultParameters with { MaxActiveMembers = 1 });
        s.Enroll();

        chain.Fails(ErrorCodes.MemberCapacityReached, Actors.Caseworker(), "EnrollMember",
            new { poolId = Scenario.PoolId, kycHash = Scenario.Hash("k2"), consentHash = Scenario.Hash("c2") });
    }

    [Test]
    public void EndorseClaim_FullyFundedApprovalsBeyondFreeFunds_FailsPoolCapacityExceeded()
    {
        var (chain, s) = Pool(Scenario.DefaultParameters with { MaxUnfundedApprovals = 0, ReserveRatioBps = 5_000 });
        var (_, claim) = s.FiledClaim(amount: 100_000, contribution: 150_000);
        s.StartReview(claim);
        s.Endorse(claim, Actors.InsurerA, 100_000);

        chain.Fails(ErrorCodes.PoolCapacityExceeded, Actors.Assessor(Actors.InsurerB), "EndorseClaim", Scenario.Approval(claim, 100_000));
        Assert.That(s.Endorse(claim, Actors.InsurerB, 75_000).ApprovedAmount!.Value.Amount, Is.EqualTo(75_000));
    }

    [Test]
    public void WithdrawCapital_AboveLockedReserveAndOutstanding_Withdraws()
    {
        var (chain, s) = Pool(Scenario.DefaultParameters with { ReserveRatioBps = 1_000 }, opening: 50_000);
        var (_, claim) = s.ApprovedClaim(amount: 100_000, contribution: 200_000);

        var entry = chain.Ok(Actors.Delegate(), "WithdrawCapital", Withdraw(130_000), DomainJsonContext.Default.LedgerEntry);

        var statement = chain.Ok(Actors.Auditor(), "GetPoolStatement", new { poolId = Scenario.PoolId }, DomainJsonContext.Default.PoolStatement);
        Assert.Multiple(() =>
        {
            Assert.That(entry.Kind, Is.EqualTo(Domain.Model.EntryKind.Withdrawal));
            Assert.That(statement.Balance, Is.EqualTo(120_000));
            Assert.That(statement.OutstandingApproved, Is.EqualTo(claim.ApprovedAmount!.Value.Amount));
            Assert.That(statement.Reserve, Is.EqualTo(20_000));
        });
    }

    [Test]
    public void WithdrawCapital_IntoReservePlusOutstanding_FailsWithdrawalBelowLocked()
    {
        var (chain, s) = Pool(Scenario.DefaultParameters with { ReserveRatioBps = 1_000 }, opening: 50_000);
        s.ApprovedClaim(amount: 100_000, contribution: 200_000);

        chain.Fails(ErrorCodes.WithdrawalBelowLocked, Actors.Delegate(), "WithdrawCapital", Withdraw(130_001));
    }

    [Test]
    public void WithdrawCapital_ByNonAdministrator_FailsForbiddenOrganization()
    {
        var (chain, _) = Pool(Scenario.DefaultParameters, opening: 50_000);

        chain.Fails(ErrorCodes.ForbiddenOrganization, Actors.Delegate(Actors.InsurerB), "WithdrawCapital", Withdraw(1));
    }

    [Test]
    public void WithdrawCapital_WhilePaused_FailsPoolPaused()
    {
        var (chain, _) = Pool(Scenario.DefaultParameters, opening: 50_000);
        chain.Enact(GovernanceSteps.Args(Domain.Model.ProposalKind.Pause));

        chain.Fails(ErrorCodes.PoolPaused, Actors.Delegate(), "WithdrawCapital", Withdraw(1));
    }
}
