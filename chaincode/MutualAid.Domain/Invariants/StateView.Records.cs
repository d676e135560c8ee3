using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;

namespace MutualAid.Domain.Invariants;

public sealed partial class StateView
{
    private static readonly DomainJsonContext Ctx = DomainJsonContext.Default;

    public Dictionary<(string PoolId, int Version), PoolParameterVersion> ParameterVersions { get; } = [];
    public Dictionary<string, Appeal> Appeals { get; } = new(StringComparer.Ordinal);
    public Dictionary<(string ClaimId, string JurorId), JuryBallot> Ballots { get; } = [];
    public Dictionary<string, Proposal> Proposals { get; } = new(StringComparer.Ordinal);
    public Dictionary<(string ProposalId, string OrgMsp), ProposalVote> Votes { get; } = [];
    public Dictionary<string, Recovery> Recoveries { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Campaign> Campaigns { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, CampaignOutflows> CampaignOutflows { get; } = new(StringComparer.Ordinal);
    public List<ReliefEntry> ReliefEntries { get; } = [];
    public List<FastPathUsage> FastPathUsage { get; } = [];
    public List<CampaignBeneficiary> CampaignBeneficiaries { get; } = [];
    public Dictionary<string, DedupWindow> Windows { get; } = new(StringComparer.Ordinal);
    public List<BeneficiaryRecord> Beneficiaries { get; } = [];
    public List<DuplicateFlag> Duplicates { get; } = [];
    public Dictionary<string, ReliefPayment> ReliefPayments { get; } = new(StringComparer.Ordinal);
    public List<BeneficiaryVerification> Verifications { get; } = [];

    /// <summary>(campaign, payment) pairs of the review queue index.</summary>
    public HashSet<(string CampaignId, string PaymentId)> ReviewQueue { get; } = [];

    public Dictionary<string, SharingCursor> SharingCursors { get; } = new(StringComparer.Ordinal);
    public List<SharingPeriod> Periods { get; } = [];
    public List<MemberCharge> Charges { get; } = [];

    /// <summary>(pool, member) pairs of the active-member index.</summary>
    public HashSet<(string PoolId, string MemberId)> ActiveIndex { get; } = [];

    private void DecodeRecords(string type, IReadOnlyList<string> attributes, ReadOnlySpan<byte> span)
    {
        switch (type)
        {
            case Keys.PoolParamsType:
                var v = CanonicalJson.Deserialize(span, Ctx.PoolParameterVersion);
                ParameterVersions[(v.PoolId, v.Version)] = v;
                break;
            case Keys.PoolActiveType: ActiveIndex.Add((attributes[0], attributes[1])); break;
            case Keys.AppealType: Appeals[attributes[0]] = CanonicalJson.Deserialize(span, Ctx.Appeal); break;
            case Keys.BallotType: Ballots[(attributes[0], attributes[1])] = CanonicalJson.Deserialize(span, Ctx.JuryBallot); break;
            case Keys.ProposalType: Proposals[attributes[0]] = CanonicalJson.Deserialize(span, Ctx.Proposal); break;
            case Keys.ProposalVoteType: Votes[(attributes[0], attributes[1])] = CanonicalJson.Deserialize(span, Ctx.ProposalVote); break;
            case Keys.RecoveryType: Recoveries[attributes[0]] = CanonicalJson.Deserialize(span, Ctx.Recovery); break;
            case Keys.CampaignType: Campaigns[attributes[0]] = CanonicalJson.Deserialize(span, Ctx.Campaign); break;
            case Keys.CampaignOutflowsType: CampaignOutflows[attributes[0]] = CanonicalJson.Deserialize(span, Ctx.CampaignOutflows); break;
            case Keys.CampaignEntryType: ReliefEntries.Add(CanonicalJson.Deserialize(span, Ctx.ReliefEntry)); break;
            case Keys.FastPathType: FastPathUsage.Add(CanonicalJson.Deserialize(span, Ctx.FastPathUsage)); break;
            case Keys.CampaignBeneficiaryType: CampaignBeneficiaries.Add(CanonicalJson.Deserialize(span, Ctx.CampaignBeneficiary)); break;
            case Keys.WindowType: Windows[attributes[0]] = CanonicalJson.Deserialize(span, Ctx.DedupWindow); break;
            case Keys.BeneficiaryType: Beneficiaries.Add(CanonicalJson.Deserialize(span, Ctx.BeneficiaryRecord)); break;
            case Keys.DuplicateType: Duplicates.Add(CanonicalJson.Deserialize(span, Ctx.DuplicateFlag)); break;
            case Keys.ReliefPaymentType: ReliefPayments[attributes[0]] = CanonicalJson.Deserialize(span, Ctx.ReliefPayment); break;
            case Keys.CampaignReviewType: ReviewQueue.Add((attributes[0], attributes[1])); break;
            case Keys.VerificationType: Verifications.Add(CanonicalJson.Deserialize(span, Ctx.BeneficiaryVerification)); break;
            case Keys.SharingType: SharingCursors[attributes[0]] = CanonicalJson.Deserialize(span, Ctx.SharingCursor); break;
            case Keys.SharingPeriodType: Periods.Add(CanonicalJson.Deserialize(span, Ctx.SharingPeriod)); break;
            case Keys.MemberChargeType: Charges.Add(CanonicalJson.Deserialize(span, Ctx.MemberCharge)); break;
        }
    }
}
