using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Queries;

/// <summary>Returns a member's statement: contributions, refunds, payouts (entries in time order) and what is left of their caps.</summary>
public sealed class GetMemberStatementHandler : Handler<MemberRequest>
{
    public override bool IsWrite => false;
    protected override JsonTypeInfo<MemberRequest> RequestType => DomainJsonContext.Default.MemberRequest;

    protected override object Handle(TxScope tx, MemberRequest request)
    {
        var member = new MemberKeeper(tx).Get(request.MemberId);
        var pool = new PoolKeeper(tx).Get(member.PoolId);
        var entries = new AccountKeeper(tx).MemberEntries(member.MemberId)
            .OrderBy(e => e.At).ThenBy(e => e.TxId, StringComparer.Ordinal).ThenBy(e => e.Seq)
            .ToList();
        var totals = AccountKeeper.Sum(entries);
        return new MemberStatement
        {
            Member = member,
            Currency = pool.Parameters.Currency,
            Contributions = totals.Contributions,
            Refunds = totals.Refunds,
            Payouts = totals.Payouts,
            LifetimeRemaining = pool.Parameters.MaxBenefitPerMemberLifetime - member.LifetimePaid - member.LifetimeReserved,
            ClaimAttemptsRemaining = pool.Parameters.MaxClaimAttemptsPerMember - member.ClaimAttempts,
            Entries = entries,
        };
    }
}
