using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Queries;

public sealed class ReadTests
{
    [Test]
    public void GetClaimHistory_AfterLifecycle_ListsEveryVersionOldestFirst()
    {
        var chain = new TestChain();
        var s = new Scenario(chain);
        s.CreatePool();
        var (_, claim) = s.ApprovedClaim();

        var history = chain.Ok(Actors.Auditor(), "GetClaimHistory", new { claimId = claim.ClaimId }, DomainJsonContext.Default.ClaimHistory);

        Assert.That(history.Versions.Select(v => v.Claim.Status), Is.EqualTo(new[]
        {
            ClaimStatus.Filed, ClaimStatus.UnderReview, ClaimStatus.UnderReview, ClaimStatus.Noticed, ClaimStatus.Approved,
        }));
    }

    [Test]
    public void GetClaim_ByRegulator_ReturnsPublicRecord()
    {
        var chain = new TestChain();
        var s = new Scenario(chain);
        s.CreatePool();
        var (_, claim) = s.FiledClaim();

        var read = chain.Ok(Actors.Auditor(), "GetClaim", new { claimId = claim.ClaimId }, DomainJsonContext.Default.Claim);

        Assert.That(read.DetailsHash, Is.EqualTo(claim.DetailsHash));
    }

    [Test]
    public void ListClaims_ByStatusWithPageSize_PagesThroughAllInKeyOrder()
    {
        var chain = new TestChain();
        var s = new Scenario(chain);
        s.CreatePool(Scenario.DefaultParameters with { MaxClaimAttemptsPerMember = 5 });
        var member = s.Enroll();
        chain.AdvanceDays(31);
        var filed = Enumerable.Range(0, 5).Select(_ => s.Submit(member, 100).ClaimId).ToList();
        s.StartReview(chain.Ok(Actors.Auditor(), "GetClaim", new { claimId = filed[0] }, DomainJsonContext.Default.Claim));

        var seen = new List<string>();
        string? bookmark = null;
        do
        {
            var page = chain.Ok(Actors.Auditor(), "ListClaims", new { poolId = Scenario.PoolId, status = ClaimStatus.Filed, pageSize = 2, bookmark },
                DomainJsonContext.Default.ClaimPage);
            Assert.That(page.Claims, Has.Count.LessThanOrEqualTo(2));
            seen.AddRange(page.Claims.Select(c => c.ClaimId));
            bookmark = page.Bookmark;
        }
        while (bookmark is not null);

        Assert.That(seen, Is.EqualTo(filed.Skip(1).Order(StringComparer.Ordinal)));
    }

    [Test]
    public void ListClaims_PageSizeTooLarge_FailsInvalidArgument()
    {
        var chain = new TestChain();
        new Scenario(chain).CreatePool();

        chain.Fails(ErrorCodes.InvalidArgument, Actors.Auditor(), "ListClaims", new { poolId = Scenario.PoolId, pageSize = 1_000 });
    }

    [Test]
    public void GetServiceTimes_AfterLifecycle_ReportsStageDurationsFromLedgerTimestamps()
    {
        var chain = new TestChain();
        var s = new Scenario(chain);
        s.CreatePool();
        var (_, claim) = s.FiledClaim();
        chain.AdvanceDays(2);
        s.StartReview(claim);
        chain.Advance(TimeSpan.FromHours(5));
        s.Endorse(claim, Actors.InsurerA, 100_000);
        s.Endorse(claim, Actors.InsurerB, 100_000);
        chain.AdvanceDays(7);
        s.Finalize(claim);
        chain.Advance(TimeSpan.FromHours(1));
        s.Pay(claim, 100_000);

        var report = chain.Ok(Actors.Auditor(), "GetServiceTimes", new { poolId = Scenario.PoolId }, DomainJsonContext.Default.ServiceTimeReport);

        var byStage = report.Stages.ToDictionary(x => (x.From, x.To));
        Assert.Multiple(() =>
        {
            Assert.That(byStage[(ClaimStatus.Filed, ClaimStatus.UnderReview)].MeanSeconds, Is.EqualTo(2 * 86_400));
            Assert.That(byStage[(ClaimStatus.UnderReview, ClaimStatus.Noticed)].MeanSeconds, Is.EqualTo(5 * 3_600));
            Assert.That(byStage[(ClaimStatus.Approved, ClaimStatus.Paying)].MeanSeconds, Is.EqualTo(3_600));
            Assert.That(byStage[(ClaimStatus.Filed, ClaimStatus.Closed)].TotalSeconds, Is.EqualTo((9 * 86_400) + (6 * 3_600)));
        });
    }

    [Test]
    public void GetPoolStatement_UnknownPool_FailsPoolNotFound()
        => new TestChain().Fails(ErrorCodes.PoolNotFound, Actors.Auditor(), "GetPoolStatement", new { poolId = "missing" });

    [Test]
    public void GetMemberStatement_AfterContributions_ShowsTotalsAndRemainingCaps()
    {
        var chain = new TestChain();
        var s = new Scenario(chain);
        s.CreatePool();
        var member = s.Enroll();
        s.Contribute(member, 700);
        s.Contribute(member, 300);

        var statement = chain.Ok(Actors.Auditor(), "GetMemberStatement", new { memberId = member.MemberId }, DomainJsonContext.Default.MemberStatement);

        Assert.Multiple(() =>
        {
            Assert.That(statement.Contributions, Is.EqualTo(1_000));
            Assert.That(statement.LifetimeRemaining, Is.EqualTo(800_000));
            Assert.That(statement.ClaimAttemptsRemaining, Is.EqualTo(2));
            Assert.That(statement.Entries, Has.Count.EqualTo(2));
        });
    }
}
