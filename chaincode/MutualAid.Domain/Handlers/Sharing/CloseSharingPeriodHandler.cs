using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Queries;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>
/// Closes a cost-sharing pool's next period once it has ended (SHARING_PERIOD_OPEN before): stores the inputs, their
/// hash and the cost-share/v1 result; charges every snapshot member (a receivable paid by contributions naming the
/// period); applies the shortfall rule (a ReserveDraw entry, or pro-rata cuts of the period's claims); marks the
/// period's claims as shared (payable, with the redemption window running from now at the latest); carries the
/// surplus to the next period. Permissionless; moves no money.
/// </summary>
public sealed class CloseSharingPeriodHandler : Handler<PoolRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => RoleSets.AnyOperator;
    protected override JsonTypeInfo<PoolRequest> RequestType => DomainJsonContext.Default.PoolRequest;

    protected override object Handle(TxScope tx, PoolRequest request)
    {
        var pools = new PoolKeeper(tx);
        var pool = pools.Get(request.PoolId);
        var (terms, cursor) = SharingInputs.Require(tx, pool);
        var end = cursor.NextStart.AddDays(terms.PeriodDays);
        TxScope.Require(tx.Now >= end, ErrorCodes.SharingPeriodOpen, $"sharing period {cursor.NextSeq} of pool {pool.PoolId} runs until {end:O}");
        var (inputs, cases) = SharingInputs.Build(tx, pool, cursor, end);
        var result = CostShareCalculator.Compute(inputs);
        var period = new SharingPeriod
        {
            PoolId = pool.PoolId, Seq = inputs.PeriodSeq, Inputs = inputs, InputsHash = SharingInputs.Hash(inputs), Result = result, ClosedAt = tx.Now,
        };
        var sharing = new SharingKeeper(tx);
        sharing.Put(period);
        var charges = result.Charges.Where(c => c.Charge > 0)
            .Select(c => new MemberCharge
            {
                MemberId = c.MemberId, PoolId = pool.PoolId, PeriodSeq = period.Seq, Year = inputs.Year, Amount = c.Charge, Paid = 0, WrittenOff = 0, ChargedAt = tx.Now,
            })
            .ToList();
        charges.ForEach(sharing.Put);
        var next = new SharingCursor { PoolId = pool.PoolId, NextSeq = cursor.NextSeq + 1, NextStart = end, CarriedSurplus = result.CarriedSurplusOut };
        sharing.Put(next);
        List<LedgerEntry> entries = result.ReserveDraw > 0
            ? [new AccountKeeper(tx).Add(EntryKind.ReserveDraw, new Money(result.ReserveDraw, inputs.Currency), pool.PoolId, periodSeq: period.Seq)]
            : [];
        var (claims, members) = MarkShared(tx, pools, cases, result, period.Seq);
        tx.Emit(new DomainEvent
        {
            Name = EventNames.SharingPeriodClosed, TxId = tx.Context.TxId, At = tx.Now, Actor = tx.Actor, PoolId = pool.PoolId,
            Period = period, SharingCursor = next, Charges = charges, Claims = claims, Members = members, Entries = entries,
        });
        return period;
    }

    private static (List<Claim> Claims, List<Member> Members) MarkShared(TxScope tx, PoolKeeper pools, List<Claim> cases, CostShareResult result, int seq)
    {
        var claimKeeper = new ClaimKeeper(tx);
        var memberKeeper = new MemberKeeper(tx);
        var members = new SortedDictionary<string, Member>(StringComparer.Ordinal);
        var updated = new List<Claim>();
        foreach (var claim in cases)
        {
            var cut = result.BenefitCuts.FirstOrDefault(c => c.ClaimId == claim.ClaimId)?.Reduction ?? 0;
            var redemption = tx.Now.AddDays(pools.Parameters(claim.PoolId, claim.ParametersVersion).RedemptionWindowDays);
            var after = claim with
            {
                SharedInPeriod = seq,
                RedemptionEndsAt = claim.RedemptionEndsAt > redemption ? claim.RedemptionEndsAt : redemption,
                ApprovedAmount = claim.ApprovedAmount!.Value with { Amount = checked(claim.ApprovedAmount.Value.Amount - cut) },
                BenefitReduction = cut > 0 ? cut : null,
            };
            if (cut > 0 && ClaimTransitions.IsOpen(claim.Status))
            {
                var member = members.GetValueOrDefault(claim.MemberId) ?? memberKeeper.Get(claim.MemberId);
                member = member with { LifetimeReserved = checked(member.LifetimeReserved - cut) };
                if (after.Outstanding == 0 && claim.Status == ClaimStatus.Approved)
                {
                    after = after.MoveTo(ClaimStatus.Closed, tx.Now, tx.Context.TxId) with { Outcome = "BENEFIT_CUT_TO_NIL" };
                    member = member with { OpenClaims = member.OpenClaims - 1 };
                }

                members[member.MemberId] = member;
            }

            if (!ClaimTransitions.IsTerminal(claim.Status))
            {
                claimKeeper.Update(claim, after);
                updated.Add(after);
            }
        }

        foreach (var m in members.Values)
        {
            memberKeeper.Put(m);
        }

        return (updated, [.. members.Values]);
    }
}
