using MutualAid.Domain.Model;

namespace MutualAid.Domain.Invariants;

public static partial class Invariants
{
    /// <summary>
    /// H1, H3, H4, A2: per campaign, disbursements ≤ budget, balance ≥ 0, the outflow lock equals its deltas;
    /// each beneficiary's total ≤ the entitlement; fast-path totals within both caps; every payment between the
    /// declaration (evidence first) and the campaign end; every fast-path payment reviewed or queued, every standard
    /// one verified by another organization, every failed review with its recovery for the whole payment.
    /// </summary>
    public static IEnumerable<string> ReliefBounds(StateView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        foreach (var c in view.Campaigns.Values)
        {
            var entries = view.ReliefEntries.Where(e => e.CampaignId == c.CampaignId).ToList();
            var payments = view.ReliefPayments.Values.Where(p => p.CampaignId == c.CampaignId).ToList();
            var disbursed = entries.Where(e => e.Kind == ReliefEntryKind.Disbursement).Sum(e => e.Amount.Amount);
            var fast = payments.Where(p => p.FastPath).Sum(p => p.Amount.Amount);
            var o = view.CampaignOutflows[c.CampaignId];
            var txs = entries.Where(e => e.Kind == ReliefEntryKind.Disbursement).Select(e => e.TxId).Distinct().Count();
            if (disbursed > c.Budget || entries.Sum(e => e.SignedAmount) < 0 || o.Disbursed != disbursed || o.FastPath != fast
                || o.Sequence != txs || fast > c.FastPathCapPerCampaign || payments.Sum(p => p.Amount.Amount) != disbursed
                || entries.Any(e => e.Amount.Currency != c.Currency || e.Amount.Amount <= 0))
            {
                yield return $"campaign {c.CampaignId}: disbursed {disbursed} of {c.Budget}, fast {fast}, lock {o.Disbursed}/{o.FastPath}#{o.Sequence}";
            }

            foreach (var u in view.FastPathUsage.Where(u => u.CampaignId == c.CampaignId))
            {
                var used = payments.Where(p => p.FastPath && p.CoordinatorRef == u.CoordinatorRef).Sum(p => p.Amount.Amount);
                if (u.Total != used || used > c.FastPathCapPerCoordinator)
                {
                    yield return $"campaign {c.CampaignId}: coordinator {u.CoordinatorRef[..8]} fast path {u.Total}, payments {used}, cap {c.FastPathCapPerCoordinator}";
                }
            }

            foreach (var b in view.CampaignBeneficiaries.Where(b => b.CampaignId == c.CampaignId))
            {
                var total = payments.Where(p => p.BeneficiaryHash == b.BeneficiaryHash).Sum(p => p.Amount.Amount);
                if (b.Total != total || total > c.EntitlementPerBeneficiary)
                {
                    yield return $"campaign {c.CampaignId}: a beneficiary received {total} (record {b.Total}) of an entitlement of {c.EntitlementPerBeneficiary}";
                }
            }

            foreach (var p in payments.Where(p => !PaymentConsistent(view, c, p)))
            {
                yield return $"relief payment {p.PaymentId}: review {p.Review} inconsistent with its path, queue, verification, recovery or timing";
            }
        }
    }

    private static bool PaymentConsistent(StateView view, Campaign c, ReliefPayment p)
    {
        var queued = view.ReviewQueue.Contains((c.CampaignId, p.PaymentId));
        var inWindow = p.At >= c.DeclaredAt && p.At <= c.EndsAt && (c.ClosedAt is null || p.At < c.ClosedAt);
        var entry = view.ReliefEntries.Count(e => e.PaymentId == p.PaymentId && e.Kind == ReliefEntryKind.Disbursement) == 1;
        var path = p.FastPath
            ? p.Review != ReliefReviewStatus.NotRequired && p.ReviewDeadline == p.At.AddDays(c.ReviewWindowDays)
            : p.Review == ReliefReviewStatus.NotRequired
              && view.Verifications.Any(v => v.CampaignId == c.CampaignId && v.BeneficiaryHash == p.BeneficiaryHash && v.VerifierOrg != p.OrgMsp && v.At <= p.At);
        var reviewed = p.Review switch
        {
            ReliefReviewStatus.Pending => queued && p.RecoveryId is null,
            ReliefReviewStatus.Failed => !queued && p.ReviewerOrg != p.OrgMsp && p.RecoveryId is { } r && view.Recoveries.TryGetValue(r, out var rec)
                && rec.PaymentId == p.PaymentId && rec.Amount == p.Amount,
            ReliefReviewStatus.Passed => !queued && p.ReviewerOrg != p.OrgMsp && p.RecoveryId is null,
            _ => !queued,
        };
        return inWindow && entry && path && reviewed;
    }

    /// <summary>
    /// H2: in every window, a beneficiary belongs to the first (campaign, organization) that paid them; a payment by
    /// any other is marked duplicate, made only by an advisory campaign, and has exactly one duplicate flag.
    /// </summary>
    public static IEnumerable<string> DedupAcrossOrganizations(StateView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var byWindow = view.ReliefPayments.Values.GroupBy(p => (view.Campaigns[p.CampaignId].WindowId, p.BeneficiaryHash));
        foreach (var g in byWindow)
        {
            var ordered = g.ToList();
            var owner = view.Beneficiaries.SingleOrDefault(b => b.WindowId == g.Key.WindowId && b.BeneficiaryHash == g.Key.BeneficiaryHash);
            if (owner is null || owner.Payments != ordered.Count || owner.FirstPaidAt != ordered.Min(p => p.At)
                || !ordered.Any(p => p.At == owner.FirstPaidAt && p.CampaignId == owner.FirstCampaignId && p.OrgMsp == owner.FirstOrg))
            {
                yield return $"window {g.Key.WindowId}: a beneficiary's dedup record does not name its first payer";
                continue;
            }

            foreach (var p in ordered)
            {
                var duplicate = p.CampaignId != owner.FirstCampaignId || p.OrgMsp != owner.FirstOrg;
                var flags = view.Duplicates.Count(d => d.PaymentId == p.PaymentId);
                if (p.Duplicate != duplicate || flags != (duplicate ? 1 : 0)
                    || (duplicate && view.Campaigns[p.CampaignId].DedupMode != DedupMode.Advisory))
                {
                    yield return $"relief payment {p.PaymentId}: duplicate {duplicate}, flagged {flags}, in a {view.Campaigns[p.CampaignId].DedupMode} campaign";
                }
            }
        }

        if (view.Duplicates.Any(d => !view.ReliefPayments.ContainsKey(d.PaymentId)))
        {
            yield return "a duplicate flag names no payment";
        }
    }

    /// <summary>
    /// A1 (recoveries): each recovery's repaid and offset totals equal its Recovery entries (repayments carry a bank
    /// reference, offsets do not); nothing is over-recovered; Settled exactly when nothing is outstanding; recoveries
    /// against a claim never exceed what it paid.
    /// </summary>
    public static IEnumerable<string> RecoveriesConsistent(StateView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        foreach (var r in view.Recoveries.Values)
        {
            var pool = view.Entries.Where(e => e.Kind == EntryKind.Recovery && e.RecoveryId == r.RecoveryId).Select(e => (e.Amount.Amount, e.PaymentReference));
            var relief = view.ReliefEntries.Where(e => e.Kind == ReliefEntryKind.Recovery && e.RecoveryId == r.RecoveryId).Select(e => (e.Amount.Amount, e.PaymentReference));
            var all = pool.Concat(relief).ToList();
            var repaid = all.Where(x => x.PaymentReference is not null).Sum(x => x.Amount);
            var offset = all.Where(x => x.PaymentReference is null).Sum(x => x.Amount);
            if (r.Repaid != repaid || r.Offset != offset || r.Outstanding < 0 || (r.Status == RecoveryStatus.Settled) != (r.Outstanding == 0))
            {
                yield return $"recovery {r.RecoveryId}: repaid {r.Repaid}/{repaid}, offset {r.Offset}/{offset}, outstanding {r.Outstanding}, {r.Status}";
            }
        }

        foreach (var g in view.Recoveries.Values.Where(r => r.ClaimId is not null).GroupBy(r => r.ClaimId!))
        {
            if (g.Sum(r => r.Amount.Amount) > view.Claims[g.Key].PaidAmount.Amount)
            {
                yield return $"claim {g.Key}: recoveries exceed what it paid";
            }
        }
    }
}
