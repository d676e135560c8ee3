using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;

namespace MutualAid.Domain.Invariants;

public static partial class Invariants
{
    /// <summary>B1: every payment reference is used by exactly one entry (pool or campaign), in each direction.</summary>
    public static IEnumerable<string> NoDoublePayout(StateView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var referenced = view.Entries.Where(e => e.PaymentReference is not null)
            .Select(e => (Ns: Keys.RefNamespace(e.Kind), Ref: e.PaymentReference!, Key: Keys.PoolEntry(e)))
            .Concat(view.ReliefEntries.Where(e => e.PaymentReference is not null)
                .Select(e => (Ns: Keys.RefNamespace(e.Kind), Ref: e.PaymentReference!, Key: Keys.CampaignEntry(e))))
            .ToList();
        foreach (var g in referenced.GroupBy(e => (e.Ns, e.Ref)).Where(g => g.Count() > 1))
        {
            yield return $"payment reference {g.Key.Ref} used {g.Count()} times";
        }

        foreach (var e in referenced)
        {
            if (!view.PaymentRefs.TryGetValue((e.Ns, e.Ref), out var key) || key != e.Key)
            {
                yield return $"payment reference {e.Ref} is not bound to its entry";
            }
        }

        if (view.PaymentRefs.Count != referenced.Count)
        {
            yield return $"{view.PaymentRefs.Count} reference keys for {referenced.Count} referenced entries";
        }
    }

    /// <summary>B2, B3: paid = Σ payouts ≤ approved ≤ claimed ≤ per-claim cap; approved and every payout positive.</summary>
    public static IEnumerable<string> ClaimAmountChain(StateView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        foreach (var c in view.Claims.Values)
        {
            var cap = view.Pools[c.PoolId].Parameters.MaxBenefitPerClaim;
            var paid = view.Entries.Where(e => e.ClaimId == c.ClaimId && e.Kind == EntryKind.Payout).Sum(e => e.Amount.Amount);
            var approved = c.ApprovedAmount?.Amount ?? 0;
            if (paid != c.PaidAmount.Amount || paid > approved || approved > c.ClaimedAmount.Amount || c.ClaimedAmount.Amount > cap
                || (c.ApprovedAmount is { Amount: <= 0 } && c.Outcome != "BENEFIT_CUT_TO_NIL"))
            {
                yield return $"claim {c.ClaimId}: payouts {paid}, paid {c.PaidAmount.Amount}, approved {approved}, claimed {c.ClaimedAmount.Amount}, cap {cap}";
            }
        }

        foreach (var e in view.Entries.Where(e => e.Kind == EntryKind.Payout && (e.Amount.Amount <= 0 || e.ClaimId is null)))
        {
            yield return $"payout {e.TxId}/{e.Seq} has amount {e.Amount.Amount} or no claim";
        }
    }

    /// <summary>
    /// B4, B5, B6: every payout was made after approval and the notice window, within the redemption window,
    /// to the destination bound to the claim, which the member registered before filing (a destination changed later
    /// by governance leaves the claim bound to the one in force when it was filed).
    /// </summary>
    public static IEnumerable<string> PayoutTimingAndDestination(StateView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        foreach (var e in view.Entries.Where(e => e.Kind == EntryKind.Payout))
        {
            if (e.ClaimId is null || !view.Claims.TryGetValue(e.ClaimId, out var c))
            {
                yield return $"payout {e.TxId}/{e.Seq} names no existing claim";
                continue;
            }

            if (c.ApprovedAt is null || e.At < c.ApprovedAt || e.At < c.NoticeEndsAt || e.At > c.RedemptionEndsAt)
            {
                yield return $"payout {e.TxId} on claim {c.ClaimId} at {e.At:O} outside approval {c.ApprovedAt:O}..{c.RedemptionEndsAt:O}";
            }

            if (e.DestinationHash != c.PayoutDestinationHash)
            {
                yield return $"payout {e.TxId} on claim {c.ClaimId} went to another destination";
            }
        }

        foreach (var c in view.Claims.Values)
        {
            var m = view.Members[c.MemberId];
            var filed = c.Timeline[0].At;
            var changedLater = view.Proposals.Values
                .Where(p => p.Kind == ProposalKind.ChangePayoutDestination && p.Status == ProposalStatus.Executed && p.MemberId == m.MemberId && p.ExecutedAt > filed)
                .MinBy(p => p.ExecutedAt);
            var atFiling = changedLater is null ? m.PayoutDestinationHash : changedLater.PreviousDestinationHash;
            if (atFiling != c.PayoutDestinationHash || (changedLater is null && m.DestinationRegisteredAt > filed))
            {
                yield return $"claim {c.ClaimId} is bound to a destination not registered before filing";
            }
        }
    }

    /// <summary>B7: paid + reserved ≤ the lifetime cap; reserved equals the claims' outstanding approved amounts.</summary>
    public static IEnumerable<string> LifetimeCap(StateView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        foreach (var m in view.Members.Values)
        {
            var cap = view.Pools[m.PoolId].Parameters.MaxBenefitPerMemberLifetime;
            var own = view.Claims.Values.Where(c => c.MemberId == m.MemberId).ToList();
            var outstanding = own.Where(c => c.Status is ClaimStatus.Noticed or ClaimStatus.Approved or ClaimStatus.Paying).Sum(c => c.Outstanding);
            if (checked(m.LifetimePaid + m.LifetimeReserved) > cap || m.LifetimeReserved != outstanding)
            {
                yield return $"member {m.MemberId}: paid {m.LifetimePaid} + reserved {m.LifetimeReserved} vs cap {cap}, outstanding {outstanding}";
            }

            if (m.ClaimAttempts != own.Count || m.OpenClaims != own.Count(c => ClaimTransitions.IsOpen(c.Status)))
            {
                yield return $"member {m.MemberId}: attempts {m.ClaimAttempts}, open {m.OpenClaims} but {own.Count} claims";
            }
        }
    }
}
