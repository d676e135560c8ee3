using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Handlers;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Queries;

/// <summary>A member's cost-sharing statement: year-to-date charges against the caps, what is owed, and the projected next charge.</summary>
public sealed record MemberChargeStatement
{
    public required string MemberId { get; init; }
    public required string Currency { get; init; }
    public required int Year { get; init; }
    public required long YearToDate { get; init; }
    public required long YearCap { get; init; }
    public required long YearRemaining { get; init; }
    public required long PeriodCap { get; init; }
    public required long CaseCap { get; init; }
    public required long Outstanding { get; init; }
    public required IReadOnlyList<MemberCharge> Charges { get; init; }

    /// <summary>The open period and what the member would be charged if it closed now (0 when not in its snapshot).</summary>
    public required int ProjectedPeriodSeq { get; init; }

    public required int ProjectedCases { get; init; }
    public required long ProjectedNextCharge { get; init; }
}

/// <summary>Returns a member's charges, caps and projection (COST_SHARING_DISABLED in a contribution-funded pool).</summary>
public sealed class GetMemberChargesHandler : Handler<MemberRequest>
{
    public override bool IsWrite => false;
    protected override JsonTypeInfo<MemberRequest> RequestType => DomainJsonContext.Default.MemberRequest;

    protected override object Handle(TxScope tx, MemberRequest request)
    {
        var member = new MemberKeeper(tx).Get(request.MemberId);
        var pool = new PoolKeeper(tx).Get(member.PoolId);
        var (terms, cursor) = SharingInputs.Require(tx, pool);
        var charges = new SharingKeeper(tx).Charges(member.MemberId).ToList();
        var year = tx.Now.UtcDateTime.Year;
        var ytd = charges.Where(c => c.Year == year).Aggregate(0L, (s, c) => checked(s + c.Amount));
        var (inputs, _) = SharingInputs.Build(tx, pool, cursor, tx.Now.AddTicks(1));
        var projected = CostShareCalculator.Compute(inputs).Charges.FirstOrDefault(c => c.MemberId == member.MemberId)?.Charge ?? 0;
        return new MemberChargeStatement
        {
            MemberId = member.MemberId, Currency = pool.Parameters.Currency, Year = year, YearToDate = ytd, YearCap = terms.MaxChargePerMemberPerYear,
            YearRemaining = Math.Max(0, terms.MaxChargePerMemberPerYear - ytd), PeriodCap = terms.MaxChargePerMemberPerPeriod,
            CaseCap = terms.MaxChargePerMemberPerCase, Outstanding = charges.Aggregate(0L, (s, c) => checked(s + c.Outstanding)), Charges = charges,
            ProjectedPeriodSeq = cursor.NextSeq, ProjectedCases = inputs.Cases.Count, ProjectedNextCharge = projected,
        };
    }
}
