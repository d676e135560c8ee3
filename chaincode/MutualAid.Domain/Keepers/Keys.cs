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
    public const string PoolParamsType = "pool~params";
    public const string PoolActiveType = "pool~active";
    public const string AppealType = "appeal";
    public const string BallotType = "appeal~ballot";
    public const string ProposalType = "proposal";
    public const string ProposalVoteType = "proposal~vote";
    public const string PoolProposalType = "pool~proposal";
    public const string RecoveryType = "recovery";
    public const string ClaimRecoveryType = "claim~recovery";
    public const string MemberRecoveryType = "member~recovery";
    public const string BeneficiaryRecoveryType = "beneficiary~recovery";
    public const string CampaignType = "campaign";
    public const string CampaignOutflowsType = "campaign~outflows";
    public const string CampaignEntryType = "campaign~entry";
    public const string FastPathType = "campaign~fastpath";
    public const string CampaignReviewType = "campaign~review";
    public const string CampaignPaymentType = "campaign~payment";
    public const string CampaignBeneficiaryType = "campaign~beneficiary";
    public const string VerificationType = "campaign~verified";
    public const string WindowType = "relief~window";
    public const string BeneficiaryType = "relief~beneficiary";
    public const string DuplicateType = "relief~duplicate";
    public const string ReliefPaymentType = "relief~payment";
    public const string SharingType = "sharing";
    public const string SharingPeriodType = "sharing~period";
    public const string MemberChargeType = "member~charge";
    public const string RequestType = "request";

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

    public static string PoolParams(string poolId, int version) => CompositeKey.Create(PoolParamsType, poolId, Seq6(version));
    public static string PoolActive(string poolId, string memberId) => CompositeKey.Create(PoolActiveType, poolId, memberId);
    public static string Appeal(string claimId) => CompositeKey.Create(AppealType, claimId);
    public static string Ballot(string claimId, string jurorMemberId) => CompositeKey.Create(BallotType, claimId, jurorMemberId);
    public static string Proposal(string proposalId) => CompositeKey.Create(ProposalType, proposalId);
    public static string ProposalVote(string proposalId, string orgMsp) => CompositeKey.Create(ProposalVoteType, proposalId, orgMsp);
    public static string PoolProposal(string poolId, string proposalId) => CompositeKey.Create(PoolProposalType, poolId, proposalId);
    public static string Recovery(string recoveryId) => CompositeKey.Create(RecoveryType, recoveryId);
    public static string ClaimRecovery(string claimId, string recoveryId) => CompositeKey.Create(ClaimRecoveryType, claimId, recoveryId);
    public static string MemberRecovery(string memberId, string recoveryId) => CompositeKey.Create(MemberRecoveryType, memberId, recoveryId);
    public static string BeneficiaryRecovery(string campaignId, string hash, string recoveryId)
        => CompositeKey.Create(BeneficiaryRecoveryType, campaignId, hash, recoveryId);
    public static string Campaign(string campaignId) => CompositeKey.Create(CampaignType, campaignId);
    public static string CampaignOutflows(string campaignId) => CompositeKey.Create(CampaignOutflowsType, campaignId);
    public static string CampaignEntry(ReliefEntry e) => CompositeKey.Create(CampaignEntryType, e.CampaignId, e.TxId, Seq(e.Seq));
    public static string FastPath(string campaignId, string coordinatorRef) => CompositeKey.Create(FastPathType, campaignId, coordinatorRef);
    public static string CampaignReview(string campaignId, string paymentId) => CompositeKey.Create(CampaignReviewType, campaignId, paymentId);
    public static string CampaignPayment(string campaignId, string paymentId) => CompositeKey.Create(CampaignPaymentType, campaignId, paymentId);
    public static string CampaignBeneficiary(string campaignId, string hash) => CompositeKey.Create(CampaignBeneficiaryType, campaignId, hash);
    public static string Verification(string campaignId, string hash) => CompositeKey.Create(VerificationType, campaignId, hash);
    public static string Window(string windowId) => CompositeKey.Create(WindowType, windowId);
    public static string Beneficiary(string windowId, string hash) => CompositeKey.Create(BeneficiaryType, windowId, hash);
    public static string Duplicate(string windowId, string hash, string paymentId) => CompositeKey.Create(DuplicateType, windowId, hash, paymentId);
    public static string ReliefPayment(string paymentId) => CompositeKey.Create(ReliefPaymentType, paymentId);
    public static string Request(string mspId, string requestId) => CompositeKey.Create(RequestType, mspId, requestId);
    public static string Sharing(string poolId) => CompositeKey.Create(SharingType, poolId);
    public static string SharingPeriod(string poolId, int seq) => CompositeKey.Create(SharingPeriodType, poolId, Seq6(seq));
    public static string MemberCharge(string memberId, int seq) => CompositeKey.Create(MemberChargeType, memberId, Seq6(seq));

    /// <summary>Money in (contributions, recoveries, campaign funding) has one reference namespace; money out shares the other.</summary>
    public static string RefNamespace(EntryKind kind) => kind is EntryKind.Contribution or EntryKind.Recovery ? "in" : "out";

    /// <summary>The reference namespace of a campaign entry (shared with pools: one bank reference, one entry).</summary>
    public static string RefNamespace(ReliefEntryKind kind) => kind == ReliefEntryKind.Disbursement ? "out" : "in";

    private static string Seq(int seq) => seq.ToString("D4", CultureInfo.InvariantCulture);

    private static string Seq6(int seq) => seq.ToString("D6", CultureInfo.InvariantCulture);
}
