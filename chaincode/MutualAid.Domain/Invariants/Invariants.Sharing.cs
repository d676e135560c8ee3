using MutualAid.Domain.Model;
using MutualAid.Domain.Queries;

namespace MutualAid.Domain.Invariants;

public static partial class Invariants
{
    /// <summary>
    /// A4, C1, C2, A6: every period recomputes byte-identically from its stored inputs (hash included); charges plus the
    /// rule amount equal the amount to share plus the rounding surplus kept, exactly; no charge exceeds its caps; the
    /// snapshot is exactly the members at the period start; earlier-year charges are what the member was really charged;
    /// periods are contiguous and carry the surplus on; receivables match the charges and are never overpaid.
    /// </summary>
    public static IEnumerable<string> CostShareExact(StateView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        foreach (var (poolId, cursor) in view.SharingCursors)
        {
            var periods = view.Periods.Where(p => p.PoolId == poolId).OrderBy(p => p.Seq).ToList();
            var carried = 0L;
            var start = view.Pools[poolId].CreatedAt;
            foreach (var p in periods)
            {
                foreach (var v in Period(view, p, carried, start))
                {
                    yield return $"pool {poolId} period {p.Seq}: {v}";
                }

                carried = p.Result.CarriedSurplusOut;
                start = p.Inputs.End;
            }

            if (cursor.NextSeq != periods.Count + 1 || cursor.CarriedSurplus != carried || cursor.NextStart != start)
            {
                yield return $"pool {poolId}: cursor {cursor.NextSeq}/{cursor.CarriedSurplus} does not follow its {periods.Count} periods";
            }
        }

        foreach (var c in view.Charges)
        {
            var paid = view.Entries.Where(e => e.Kind == EntryKind.Contribution && e.MemberId == c.MemberId && e.PeriodSeq == c.PeriodSeq).Sum(e => e.Amount.Amount);
            var period = view.Periods.SingleOrDefault(p => p.PoolId == c.PoolId && p.Seq == c.PeriodSeq);
            var charged = period?.Result.Charges.SingleOrDefault(s => s.MemberId == c.MemberId)?.Charge;
            if (paid != c.Paid || c.Outstanding < 0 || charged != c.Amount || c.Year != period?.Inputs.Year)
            {
                yield return $"charge of {c.MemberId} for period {c.PeriodSeq}: {c.Amount} paid {c.Paid}/{paid} written off {c.WrittenOff}, period says {charged}";
            }
        }
    }

    private static IEnumerable<string> Period(StateView view, SharingPeriod p, long carriedIn, DateTimeOffset start)
    {
        var check = RecomputePeriodHandler.Recompute(p);
        var r = p.Result;
        var rounding = checked(r.CarriedSurplusOut - (p.Inputs.CarriedSurplus - r.SurplusUsed));
        if (!check.Matches || !check.InputsHashMatches)
        {
            yield return "does not recompute from its stored inputs";
        }

        if (checked(r.TotalCharged + r.RuleAmount) != checked(r.AmountToShare + rounding) || r.Charges.Sum(c => c.Charge) != r.TotalCharged
            || r.BenefitCuts.Sum(c => c.Reduction) + r.ReserveDraw != r.RuleAmount)
        {
            yield return $"charges {r.TotalCharged} + rule {r.RuleAmount} ≠ to share {r.AmountToShare} + rounding {rounding}";
        }

        var t = p.Inputs.Terms;
        foreach (var (line, share) in p.Inputs.Members.Zip(r.Charges))
        {
            var earlier = view.Charges.Where(c => c.MemberId == line.MemberId && c.Year == p.Inputs.Year && c.PeriodSeq < p.Seq).Sum(c => c.Amount);
            if (share.Charge > t.MaxChargePerMemberPerPeriod || share.Charge > t.MaxChargePerMemberPerCase * p.Inputs.Cases.Count
                || line.YearToDateBefore != earlier || checked(earlier + share.Charge) > t.MaxChargePerMemberPerYear || share.MemberId != line.MemberId)
            {
                yield return $"member {line.MemberId} charged {share.Charge} over a cap (year to date {earlier})";
            }
        }

        var snapshot = view.Members.Values.Where(m => m.PoolId == p.PoolId && m.MemberAt(p.Inputs.Start)).Select(m => m.MemberId).Order(StringComparer.Ordinal);
        if (!snapshot.SequenceEqual(p.Inputs.Members.Select(m => m.MemberId), StringComparer.Ordinal))
        {
            yield return "the snapshot is not the members at the period start";
        }

        var cases = view.Claims.Values.Where(c => c.PoolId == p.PoolId && c.ApprovedAt >= p.Inputs.Start && c.ApprovedAt < p.Inputs.End)
            .OrderBy(c => c.ClaimId, StringComparer.Ordinal).Select(c => (c.ClaimId, (c.ApprovedAmount?.Amount ?? 0) + (c.BenefitReduction ?? 0)));
        if (!cases.SequenceEqual(p.Inputs.Cases.Select(c => (c.ClaimId, c.Amount))) || p.Inputs.CarriedSurplus != carriedIn || p.Inputs.Start != start)
        {
            yield return "its cases, carried surplus or start do not follow from the ledger";
        }

        var draws = view.Entries.Where(e => e.Kind == EntryKind.ReserveDraw && e.PoolId == p.PoolId && e.PeriodSeq == p.Seq).Sum(e => e.Amount.Amount);
        if (draws != r.ReserveDraw)
        {
            yield return $"reserve draw entries {draws} but the period drew {r.ReserveDraw}";
        }
    }
}
