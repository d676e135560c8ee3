using System.Globalization;
using MutualAid.Domain.Model;
using MutualAid.Domain.State;

namespace MutualAid.Domain.Keepers;

/// <summary>
/// The key layout of the world state. Every key is a Fabric composite key; each object type is owned by one keeper.
/// No key holds personal data: ids are opaque, KYC appears only as the caller's hash.
/// </summary>
public static class Keys
{
    public const string PoolType = "pool";
    public const string PoolOutflowsType = "pool~outflows";
    public const string PoolEntryType = "pool~entry";
    public const string PoolMemberType = "pool~member";
    public const string PoolClaimType = "pool~claim";
    public const string ClaimStatusType = "claim~status";
    public const string MemberType = "member";
    public const string MemberKycType = "member~kyc";
    public const string MemberEntryType = "member~entry";
    public const string ClaimType = "claim";
    public const string PaymentRefType = "payref";
    public const string ClaimDetailsType = "claim~details";

    /// <summary>The private collection shared by the insurers and NGOs that holds claim details.</summary>
    public const string ClaimDetailsCollection = "insurerNgoPrivate";

    /// <summary>The transient-map key under which SubmitClaim expects the claim details.</summary>
    public const string ClaimDetailsTransientKey = "claimDetails";

    /// <summary>The value of index entries, whose key says everything.</summary>
    internal static readonly byte[] IndexValue = [0];

    public static string Pool(string poolId) => CompositeKey.Create(PoolType, poolId);
    public static string Outflows(string poolId) => CompositeKey.Create(PoolOutflowsType, poolId);
    public static string PoolEntry(LedgerEntry e) => CompositeKey.Create(PoolEntryType, e.PoolId, e.TxId, Seq(e.Seq));
    public static string MemberEntry(string memberId, LedgerEntry e) => CompositeKey.Create(MemberEntryType, memberId, e.TxId, Seq(e.Seq));
    public static string PoolMember(string poolId, string memberId) => CompositeKey.Create(PoolMemberType, poolId, memberId);
    public static string PoolClaim(string poolId, string claimId) => CompositeKey.Create(PoolClaimType, poolId, claimId);
    public static string ClaimStatus(string poolId, ClaimStatus status, string claimId)
        => CompositeKey.Create(ClaimStatusType, poolId, status.ToString(), claimId);
    public static string Member(string memberId) => CompositeKey.Create(MemberType, memberId);
    public static string MemberKyc(string poolId, string kycHash) => CompositeKey.Create(MemberKycType, poolId, kycHash);
    public static string Claim(string claimId) => CompositeKey.Create(ClaimType, claimId);
    public static string PaymentRef(EntryKind kind, string reference) => CompositeKey.Create(PaymentRefType, RefNamespace(kind), reference);
    public static string ClaimDetails(string claimId) => CompositeKey.Create(ClaimDetailsType, claimId);

    /// <summary>Contributions have their own reference namespace; payouts, fees and refunds share the outgoing one.</summary>
    public static string RefNamespace(EntryKind kind) => kind == EntryKind.Contribution ? "in" : "out";

    private static string Seq(int seq) => seq.ToString("D4", CultureInfo.InvariantCulture);
}
