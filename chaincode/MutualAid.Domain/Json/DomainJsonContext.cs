using System.Text.Json.Serialization;
using MutualAid.Domain.Events;
using MutualAid.Domain.Handlers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Queries;

namespace MutualAid.Domain.Json;

/// <summary>
/// Source-generated metadata of every type that crosses the ledger boundary. Properties serialize in their
/// declared order, which is therefore part of the canonical form: reorder a property and the bytes change.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    Converters = [typeof(UtcTimestampConverter)])]
[JsonSerializable(typeof(Pool))]
[JsonSerializable(typeof(PoolOutflows))]
[JsonSerializable(typeof(Member))]
[JsonSerializable(typeof(Claim))]
[JsonSerializable(typeof(LedgerEntry))]
[JsonSerializable(typeof(DomainEvent))]
[JsonSerializable(typeof(CreatePoolRequest))]
[JsonSerializable(typeof(EnrollMemberRequest))]
[JsonSerializable(typeof(RegisterPayoutDestinationRequest))]
[JsonSerializable(typeof(ExitMemberRequest))]
[JsonSerializable(typeof(RecordContributionRequest))]
[JsonSerializable(typeof(ContributionResult))]
[JsonSerializable(typeof(SubmitClaimRequest))]
[JsonSerializable(typeof(ClaimRequest))]
[JsonSerializable(typeof(EndorseClaimRequest))]
[JsonSerializable(typeof(ObjectToClaimRequest))]
[JsonSerializable(typeof(RecordPayoutRequest))]
[JsonSerializable(typeof(PoolRequest))]
[JsonSerializable(typeof(MemberRequest))]
[JsonSerializable(typeof(ListClaimsRequest))]
[JsonSerializable(typeof(PoolStatement))]
[JsonSerializable(typeof(MemberStatement))]
[JsonSerializable(typeof(ClaimHistory))]
[JsonSerializable(typeof(ClaimPage))]
[JsonSerializable(typeof(ServiceTimeReport))]
[JsonSerializable(typeof(PoolParameterVersion))]
[JsonSerializable(typeof(Appeal))]
[JsonSerializable(typeof(JuryBallot))]
[JsonSerializable(typeof(AppealClaimRequest))]
[JsonSerializable(typeof(CastJuryBallotRequest))]
[JsonSerializable(typeof(AppealView))]
[JsonSerializable(typeof(Proposal))]
[JsonSerializable(typeof(ProposalVote))]
[JsonSerializable(typeof(SubmitProposalRequest))]
[JsonSerializable(typeof(VoteOnProposalRequest))]
[JsonSerializable(typeof(ProposalRequest))]
[JsonSerializable(typeof(ProposalView))]
[JsonSerializable(typeof(GovernanceHistory))]
[JsonSerializable(typeof(Campaign))]
[JsonSerializable(typeof(DedupWindow))]
[JsonSerializable(typeof(CampaignOutflows))]
[JsonSerializable(typeof(ReliefEntry))]
[JsonSerializable(typeof(FastPathUsage))]
[JsonSerializable(typeof(BeneficiaryRecord))]
[JsonSerializable(typeof(CampaignBeneficiary))]
[JsonSerializable(typeof(DuplicateFlag))]
[JsonSerializable(typeof(ReliefPayment))]
[JsonSerializable(typeof(BeneficiaryVerification))]
[JsonSerializable(typeof(Recovery))]
[JsonSerializable(typeof(DeclareCampaignRequest))]
[JsonSerializable(typeof(FundCampaignRequest))]
[JsonSerializable(typeof(VerifyBeneficiariesRequest))]
[JsonSerializable(typeof(DisburseReliefRequest))]
[JsonSerializable(typeof(ReviewReliefPaymentRequest))]
[JsonSerializable(typeof(CampaignRequest))]
[JsonSerializable(typeof(CampaignReport))]
[JsonSerializable(typeof(OpenClaimRecoveryRequest))]
[JsonSerializable(typeof(RepayRecoveryRequest))]
[JsonSerializable(typeof(RecoveryRequest))]
[JsonSerializable(typeof(SharingCursor))]
[JsonSerializable(typeof(SharingPeriod))]
[JsonSerializable(typeof(MemberCharge))]
[JsonSerializable(typeof(CostShareInputs))]
[JsonSerializable(typeof(CostShareResult))]
[JsonSerializable(typeof(PeriodRequest))]
[JsonSerializable(typeof(PeriodRecomputation))]
[JsonSerializable(typeof(MemberChargeStatement))]
[JsonSerializable(typeof(WithdrawCapitalRequest))]
[JsonSerializable(typeof(RequestRecord))]
[JsonSerializable(typeof(IReadOnlyList<ReliefPayment>))]
[JsonSerializable(typeof(List<ReliefPayment>))]
[JsonSerializable(typeof(List<BeneficiaryVerification>))]
public sealed partial class DomainJsonContext : JsonSerializerContext;
