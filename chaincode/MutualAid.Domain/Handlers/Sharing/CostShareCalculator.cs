using MutualAid.Domain.Model;

namespace MutualAid.Domain.Handlers;

/// <summary>
/// cost-share/v1, a pure function of a period's stored inputs, so any member or regulator can recompute every charge:
/// <list type="number">
/// <item>aid = Σ cases; fee = ⌊aid × feeBps / 10⁴⌋; surplus used = min(carried surplus, aid + fee); T = aid + fee − surplus used.</item>
/// <item>With n snapshot members, the share q = ⌈T / n⌉ (rounded up; the rounding excess q·n − T is at most n − 1).</item>
/// <item>Each member's cap = min(per-case cap × cases, per-period cap, per-year cap − charged earlier that year, floored at 0);
/// their charge = min(q, cap). The caps prevent Σ(q − charge) ("cap shortfall").</item>
/// <item>The rounding excess first absorbs the cap shortfall; what it cannot absorb is the rule amount, covered by the pool's
/// explicit rule: ReserveDraw (drawn from the locked reserve) or ProRataBenefit (cases cut pro rata to their aid, ⌊⌋ then one
/// unit each in claim id order; any part beyond the aid itself, i.e. of the fee, is drawn from the reserve).</item>
/// <item>Carried surplus out = unused surplus + what remains of the rounding excess.</item>
/// </list>
/// Identity: Σ charges + rule amount = T + rounding surplus kept, exactly; no cap is ever exceeded.
/// </summary>
public static class CostShareCalculator
{
    /// <summary>The formula version this class implements.</summary>
    public const string FormulaVersion = "cost-share/v1";

    /// <summary>Computes a period's result from its inputs.</summary>
    public static CostShareResult Compute(CostShareInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var terms = inputs.Terms;
        var aid = inputs.Cases.Aggregate(0L, (s, c) => checked(s + c.Amount));
        var fee = Money.ApplyBasisPoints(aid, inputs.FeeBps);
        var surplusUsed = Math.Min(inputs.CarriedSurplus, checked(aid + fee));
        var toShare = checked(aid + fee - surplusUsed);
        var n = inputs.Members.Count;
        var share = n == 0 ? 0 : checked((toShare + n - 1) / n);
        var excess = n == 0 ? 0 : checked((share * n) - toShare);
        var caseCap = checked(terms.MaxChargePerMemberPerCase * inputs.Cases.Count);
        var charges = inputs.Members
            .Select(m =>
            {
                var cap = Math.Min(Math.Min(caseCap, terms.MaxChargePerMemberPerPeriod), Math.Max(0, checked(terms.MaxChargePerMemberPerYear - m.YearToDateBefore)));
                return new MemberShare(m.MemberId, cap, Math.Min(share, cap));
            })
            .ToList();
        var charged = charges.Aggregate(0L, (s, c) => checked(s + c.Charge));
        var capShortfall = n == 0 ? toShare : checked((share * n) - charged);
        var ruleAmount = Math.Max(0, checked(capShortfall - excess));
        var roundingKept = Math.Max(0, checked(excess - capShortfall));
        var cuts = terms.ShortfallRule == ShortfallRule.ProRataBenefit ? Cuts(inputs.Cases, aid, Math.Min(ruleAmount, aid)) : [];
        var cutTotal = cuts.Aggregate(0L, (s, c) => checked(s + c.Reduction));
        return new CostShareResult
        {
            Aid = aid, Fee = fee, SurplusUsed = surplusUsed, AmountToShare = toShare, PerMemberShare = share, Charges = charges,
            TotalCharged = charged, CapShortfall = capShortfall, RuleAmount = ruleAmount, ReserveDraw = checked(ruleAmount - cutTotal),
            BenefitCuts = cuts, CarriedSurplusOut = checked(inputs.CarriedSurplus - surplusUsed + roundingKept),
        };
    }

    private static List<BenefitCut> Cuts(IReadOnlyList<ShareCase> cases, long aid, long total)
    {
        if (total == 0)
        {
            return [];
        }

        var cuts = cases.Select(c => checked((long)((Int128)total * c.Amount / aid))).ToArray();
        var left = checked(total - cuts.Sum());
        for (var i = 0; left > 0; i++)
        {
            if (cuts[i] < cases[i].Amount)
            {
                cuts[i]++;
                left--;
            }
        }

        return [.. cases.Select((c, i) => new BenefitCut(c.ClaimId, cuts[i])).Where(c => c.Reduction > 0)];
    }
}
