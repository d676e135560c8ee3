using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Keepers;

/// <summary>Owns the <c>sharing</c> cursor, <c>sharing~period</c> records and <c>member~charge</c> receivables.</summary>
public sealed class SharingKeeper(TxScope tx)
{
    private static readonly DomainJsonContext Ctx = DomainJsonContext.Default;

    /// <summary>The pool's cursor; a cost-sharing pool always has one.</summary>
    public SharingCursor Cursor(string poolId)
        => tx.Get(Keys.Sharing(poolId), Ctx.SharingCursor) ?? throw new InvalidOperationException($"pool {poolId} has no sharing cursor");

    public void Put(SharingCursor cursor) => tx.Put(Keys.Sharing(cursor.PoolId), cursor, Ctx.SharingCursor);

    /// <summary>The closed period, or PERIOD_NOT_FOUND.</summary>
    public SharingPeriod Get(string poolId, int seq)
        => tx.Get(Keys.SharingPeriod(poolId, seq), Ctx.SharingPeriod)
           ?? throw new DomainException(ErrorCodes.PeriodNotFound, $"pool {poolId} has no closed sharing period {seq}");

    public void Put(SharingPeriod period) => tx.Put(Keys.SharingPeriod(period.PoolId, period.Seq), period, Ctx.SharingPeriod);

    /// <summary>The member's charge for a period, or CHARGE_NOT_FOUND.</summary>
    public MemberCharge GetCharge(string memberId, int seq)
        => tx.Get(Keys.MemberCharge(memberId, seq), Ctx.MemberCharge)
           ?? throw new DomainException(ErrorCodes.ChargeNotFound, $"member {memberId} has no charge for period {seq}");

    public void Put(MemberCharge charge) => tx.Put(Keys.MemberCharge(charge.MemberId, charge.PeriodSeq), charge, Ctx.MemberCharge);

    /// <summary>Every charge of the member, oldest period first.</summary>
    public IEnumerable<MemberCharge> Charges(string memberId)
        => tx.Scan(Keys.MemberChargeType, memberId).Select(kv => CanonicalJson.Deserialize(kv.Value.Span, Ctx.MemberCharge));
}
