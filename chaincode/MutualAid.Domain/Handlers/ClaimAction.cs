using MutualAid.Domain.Events;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>What the claim handlers share: loading a claim with its pool, and committing a claim change with its event.</summary>
internal static class ClaimAction
{
    /// <summary>
    /// The claim and its pool (CLAIM_NOT_FOUND when absent). The pool carries the parameters version the claim
    /// was filed under, so a later governance change never applies retroactively; its organizations and pause are current.
    /// </summary>
    public static (Claim Claim, Pool Pool) Load(TxScope tx, string claimId)
    {
        var claim = new ClaimKeeper(tx).Get(claimId);
        var pools = new PoolKeeper(tx);
        var pool = pools.Get(claim.PoolId);
        return pool.ParametersVersion == claim.ParametersVersion
            ? (claim, pool)
            : (claim, pool with { Parameters = pools.Parameters(pool.PoolId, claim.ParametersVersion) });
    }

    /// <summary>Stages the updated claim (and member), and emits <paramref name="eventName"/> with both.</summary>
    public static Claim Commit(TxScope tx, string eventName, Claim before, Claim after, Member? member = null,
        IReadOnlyList<LedgerEntry>? entries = null, PoolOutflows? outflows = null, Appeal? appeal = null,
        IReadOnlyList<Recovery>? recoveries = null)
    {
        new ClaimKeeper(tx).Update(before, after);
        if (member is not null)
        {
            new MemberKeeper(tx).Put(member);
        }

        tx.Emit(new DomainEvent
        {
            Name = eventName, TxId = tx.Context.TxId, At = tx.Now, Actor = tx.Actor, PoolId = after.PoolId,
            Claim = after, Member = member, Entries = entries ?? [], Outflows = outflows, Appeal = appeal, Recoveries = recoveries,
        });
        return after;
    }

    /// <summary>The claim rejected with <paramref name="outcome"/>, appealable until the appeal window of its parameters ends.</summary>
    public static Claim Reject(TxScope tx, Claim claim, PoolParameters parameters, string outcome)
        => claim.MoveTo(ClaimStatus.Rejected, tx.Now, tx.Context.TxId) with
        {
            Outcome = outcome,
            AppealEndsAt = tx.Now.AddDays(parameters.AppealWindowDays),
        };

    /// <summary>The member after a claim ends without further payment: the reserve released, one open claim fewer.</summary>
    public static Member Release(Member member, long reserved)
        => member with { LifetimeReserved = checked(member.LifetimeReserved - reserved), OpenClaims = member.OpenClaims - 1 };
}
