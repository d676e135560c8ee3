using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Runtime;
using MutualAid.Domain.State;

namespace MutualAid.Domain.Keepers;

/// <summary>Owns the <c>recovery</c> records and their claim, member and beneficiary indexes.</summary>
public sealed class RecoveryKeeper(TxScope tx)
{
    private static readonly DomainJsonContext Ctx = DomainJsonContext.Default;

    /// <summary>The recovery, or RECOVERY_NOT_FOUND.</summary>
    public Recovery Get(string recoveryId)
        => tx.Get(Keys.Recovery(recoveryId), Ctx.Recovery) ?? throw new DomainException(ErrorCodes.RecoveryNotFound, $"recovery {recoveryId} does not exist");

    /// <summary>Stages a new recovery and its indexes.</summary>
    public void Create(Recovery recovery)
    {
        ArgumentNullException.ThrowIfNull(recovery);
        Put(recovery);
        if (recovery.ClaimId is not null)
        {
            tx.PutRaw(Keys.ClaimRecovery(recovery.ClaimId, recovery.RecoveryId), Keys.IndexValue);
        }

        if (recovery.MemberId is not null)
        {
            tx.PutRaw(Keys.MemberRecovery(recovery.MemberId, recovery.RecoveryId), Keys.IndexValue);
        }

        if (recovery.CampaignId is not null && recovery.BeneficiaryHash is not null)
        {
            tx.PutRaw(Keys.BeneficiaryRecovery(recovery.CampaignId, recovery.BeneficiaryHash, recovery.RecoveryId), Keys.IndexValue);
        }
    }

    public void Put(Recovery recovery) => tx.Put(Keys.Recovery(recovery.RecoveryId), recovery, Ctx.Recovery);

    /// <summary>Recoveries opened against a claim, in id order.</summary>
    public IEnumerable<Recovery> ForClaim(string claimId) => Load(Keys.ClaimRecoveryType, claimId);

    /// <summary>A member's recoveries, in id order.</summary>
    public IEnumerable<Recovery> ForMember(string memberId) => Load(Keys.MemberRecoveryType, memberId);

    /// <summary>A beneficiary's recoveries in a campaign, in id order.</summary>
    public IEnumerable<Recovery> ForBeneficiary(string campaignId, string hash) => Load(Keys.BeneficiaryRecoveryType, campaignId, hash);

    private IEnumerable<Recovery> Load(string type, params string[] attributes)
        => tx.Scan(type, attributes).Select(kv => Get(CompositeKey.Split(kv.Key).Attributes[^1]));
}
