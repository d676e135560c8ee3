using System.Text;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Keepers;

/// <summary>Owns the <c>member</c>, <c>member~kyc</c> and <c>pool~member</c> keys.</summary>
public sealed class MemberKeeper(TxScope tx)
{
    /// <summary>The member, or MEMBER_NOT_FOUND.</summary>
    public Member Get(string memberId)
        => tx.Get(Keys.Member(memberId), DomainJsonContext.Default.Member)
           ?? throw new DomainException(ErrorCodes.MemberNotFound, $"member {memberId} does not exist");

    /// <summary>The id of the member enrolled in the pool with this KYC hash, or null.</summary>
    public string? FindByKyc(string poolId, string kycHash)
    {
        var bytes = tx.GetRaw(Keys.MemberKyc(poolId, kycHash));
        return bytes is null ? null : Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Stages a new member with its indexes.</summary>
    public void Create(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        Put(member);
        tx.PutRaw(Keys.MemberKyc(member.PoolId, member.KycHash), Encoding.UTF8.GetBytes(member.MemberId));
        tx.PutRaw(Keys.PoolMember(member.PoolId, member.MemberId), Keys.IndexValue);
        tx.PutRaw(Keys.PoolActive(member.PoolId, member.MemberId), Keys.IndexValue);
    }

    /// <summary>Stages the exit of a member: the record, and its removal from the active index.</summary>
    public void Exit(Member exited)
    {
        ArgumentNullException.ThrowIfNull(exited);
        Put(exited);
        tx.DeleteIndex(Keys.PoolActive(exited.PoolId, exited.MemberId));
    }

    /// <summary>How many members of the pool are active (index keys only; no record is decoded).</summary>
    public int ActiveCount(string poolId) => tx.Scan(Keys.PoolActiveType, poolId).Count();

    /// <summary>Every member ever enrolled in the pool, in member id order.</summary>
    public IEnumerable<Member> All(string poolId)
        => tx.Scan(Keys.PoolMemberType, poolId).Select(kv => Get(State.CompositeKey.Split(kv.Key).Attributes[1]));

    /// <summary>Stages the member record.</summary>
    public void Put(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        tx.Put(Keys.Member(member.MemberId), member, DomainJsonContext.Default.Member);
    }
}
