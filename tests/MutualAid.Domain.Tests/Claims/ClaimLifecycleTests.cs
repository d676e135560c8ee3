using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Claims;

public sealed class ClaimLifecycleTests
{
    [Test]
    public void FullLifecycle_FiledToClosed_PassesEveryStageAndBalances()
    {
        // Arrange
        var chain = new TestChain();
        var s = new Scenario(chain);
        s.CreatePool(opening: 50_000);
        var (member, claim) = s.ApprovedClaim(200_000);

        // Act
        var partly = s.Pay(claim, 150_000);
        var closed = s.Pay(claim, 50_000);

        // Assert
        var statement = chain.Ok(Actors.Auditor(), "GetPoolStatement", new { poolId = Scenario.PoolId }, DomainJsonContext.Default.PoolStatement);
        Assert.Multiple(() =>
        {
            Assert.That(partly.Status, Is.EqualTo(ClaimStatus.Paying));
            Assert.That(closed.Status, Is.EqualTo(ClaimStatus.Closed));
            Assert.That(closed.Outcome, Is.EqualTo("PAID_IN_FULL"));
            Assert.That(closed.Timeline.Select(t => t.Status), Is.EqualTo(new[]
            {
                ClaimStatus.Filed, ClaimStatus.UnderReview, ClaimStatus.Noticed, ClaimStatus.Approved, ClaimStatus.Paying, ClaimStatus.Closed,
            }));
            Assert.That(statement.Contributions, Is.EqualTo(1_000_000));
            Assert.That(statement.Payouts, Is.EqualTo(200_000));
            Assert.That(statement.Fees, Is.EqualTo(16_000));
            Assert.That(statement.Balance, Is.EqualTo(50_000 + 1_000_000 - 200_000 - 16_000));
            Assert.That(member.OpenClaims, Is.Zero);
        });
    }
}
