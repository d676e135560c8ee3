using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>
/// Gathers a period's inputs from the ledger: the cases approved in [start, end) (by claim id), the snapshot of members
/// at the start instant (joiners after it are not charged, leavers after it still are), and each member's charges
/// earlier in the period's calendar year (the year the period starts in).
/// </summary>
internal static class SharingInputs
{
    public static (CostShareInputs Inputs, List<Claim> Cases) Build(TxScope tx, Pool pool, SharingCursor cursor, DateTimeOffset end)
    {
        var terms = pool.Parameters.CostSharing!;
        var start = cursor.NextStart;
        var claims = new ClaimKeeper(tx);
        var cases = claims.Ids(pool.PoolId, null).Select(claims.Get)
            .Where(c => c.ApprovedAt is { } at && at >= start && at < end && c.ApprovedAmount is { Amount: > 0 })
            .OrderBy(c => c.ClaimId, StringComparer.Ordinal)
            .ToList();
        var year = start.UtcDateTime.Year;
        var sharing = new SharingKeeper(tx);
        var members = new MemberKeeper(tx).All(pool.PoolId)
            .Where(m => m.MemberAt(start))
            .Select(m => new ShareMember(m.MemberId, sharing.Charges(m.MemberId).Where(c => c.Year == year).Aggregate(0L, (s, c) => checked(s + c.Amount))))
            .ToList();
        var inputs = new CostShareInputs
        {
            FormulaVersion = CostShareCalculator.FormulaVersion, Currency = pool.Parameters.Currency, PeriodSeq = cursor.NextSeq,
            Start = start, End = end, Year = year, Cases = [.. cases.Select(c => new ShareCase(c.ClaimId, c.ApprovedAmount!.Value.Amount))],
            FeeBps = pool.Parameters.ManagementFeeBps, CarriedSurplus = cursor.CarriedSurplus, Terms = terms, Members = members,
        };
        return (inputs, cases);
    }

    /// <summary>The pool's cost-sharing terms and cursor; COST_SHARING_DISABLED for a contribution-funded pool.</summary>
    public static (CostSharingTerms Terms, SharingCursor Cursor) Require(TxScope tx, Pool pool)
    {
        var terms = pool.Parameters.CostSharing
                    ?? throw new DomainException(ErrorCodes.CostSharingDisabled, $"pool {pool.PoolId} is funded by contributions, not cost sharing");
        return (terms, new SharingKeeper(tx).Cursor(pool.PoolId));
    }

    /// <summary>SHA-256 (hex) of the canonical inputs.</summary>
    public static string Hash(CostShareInputs inputs) => Hashes.Sha256Hex(CanonicalJson.Serialize(inputs, DomainJsonContext.Default.CostShareInputs));
}
