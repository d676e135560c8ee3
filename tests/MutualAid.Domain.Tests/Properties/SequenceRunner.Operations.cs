using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.State;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Properties;

/// <summary>Operations beyond the claim life: appeals, governance, relief, recovery, cost sharing and withdrawals.</summary>
public sealed partial class SequenceRunner
{
    public const string SharingPoolId = "share-2025";
    private static readonly string[] Campaigns = ["flood-a", "storm-b"];
    private readonly List<string> _proposals = [];
    private readonly List<string> _reliefPayments = [];
    private readonly List<string> _recoveries = [];

    /// <summary>Every claim filed, in order.</summary>
    public List<string> Claims { get; } = [];

    /// <summary>Every proposal submitted, in order.</summary>
    public IReadOnlyList<string> Proposals => _proposals;

    private ReliefSteps Relief { get; set; } = null!;

    private void SetUpSharingAndRelief()
    {
        _s.CreatePool(Parameters with
        {
            CostSharing = new CostSharingTerms
            {
                PeriodDays = 7, MaxChargePerMemberPerCase = 20_000, MaxChargePerMemberPerPeriod = 30_000, MaxChargePerMemberPerYear = 60_000,
                ShortfallRule = ShortfallRule.ReserveDraw,
            },
        }, opening: 5_000, poolId: SharingPoolId);
        Relief = new ReliefSteps(Chain);
        Relief.CreatePool(Parameters);
        Relief.Declare(Relief.DeclareArgs("flood-a", DedupMode.Advisory, budget: 200_000, entitlement: 8_000, fastPerCoordinator: 8_000, fastPerCampaign: 15_000));
        Relief.Declare(Relief.DeclareArgs("storm-b", DedupMode.Blocking, budget: 100_000, entitlement: 5_000), Actors.InsurerB);
        Relief.Fund("flood-a", 60_000);
        Relief.Fund("storm-b", 30_000);
    }

    private T? Read<T>(string key, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) where T : class
        => Chain.Ledger.Get(key) is { } bytes ? CanonicalJson.Deserialize(bytes, type) : null;

    private static string? PickId(List<string> ids, Operation op, Func<string, bool> fits)
    {
        var fitting = ids.Where(fits).ToList();
        return op.C % 7 == 6 && ids.Count > 0 ? ids[op.A % ids.Count] : fitting.Count == 0 ? null : fitting[op.A % fitting.Count];
    }

    private void Track(Operation op, DomainResponse response)
    {
        if (!response.IsSuccess)
        {
            return;
        }

        var ctx = DomainJsonContext.Default;
        switch (op.Kind)
        {
            case OperationKind.Propose: _proposals.Add(CanonicalJson.Deserialize(response.Payload.Span, ctx.Proposal).ProposalId); break;
            case OperationKind.Disburse: _reliefPayments.AddRange(CanonicalJson.Deserialize(response.Payload.Span, ctx.ListReliefPayment).Select(p => p.PaymentId)); break;
            case OperationKind.OpenRecovery: _recoveries.Add(CanonicalJson.Deserialize(response.Payload.Span, ctx.Recovery).RecoveryId); break;
            case OperationKind.ReviewRelief when CanonicalJson.Deserialize(response.Payload.Span, ctx.ReliefPayment).RecoveryId is { } r: _recoveries.Add(r); break;
        }
    }

    private DomainResponse? StepMore(Operation op, int index, Member? member, string org)
    {
        var ctx = DomainJsonContext.Default;
        var orgB = Orgs[op.B % 3];
        switch (op.Kind)
        {
            case OperationKind.LapseReview when Pick(op, ClaimStatus.Filed, ClaimStatus.UnderReview) is { } id:
                return Chain.Invoke(Actors.Delegate(orgB), "LapseReview", new { claimId = id });
            case OperationKind.Appeal when Pick(op, ClaimStatus.Rejected) is { } id:
                return Chain.Invoke(Actors.Caseworker(op.B % 9 == 8 ? orgB : Load(id).FilingOrg), "AppealClaim",
                    new { claimId = id, reasonCode = "UNFAIR", evidenceRef = Scenario.Hash("appeal-" + id) });
            case OperationKind.JuryVote when Pick(op, ClaimStatus.Appealed) is { } id && _members.Count > 0:
                var claim = Load(id);
                var jurors = _members.Where(m => m.PoolId == claim.PoolId && (op.B % 9 == 8
                    || (m.OrgMsp != claim.FilingOrg && (op.B % 9 == 7 || Chain.Ledger.Get(Keys.Ballot(id, m.MemberId)) is null)))).ToList();
                var juror = jurors.Count == 0 ? _members[op.B % _members.Count] : jurors[op.B % jurors.Count];
                return Chain.Invoke(Actors.Caseworker(juror.OrgMsp), "CastJuryBallot", new
                {
                    claimId = id, jurorMemberId = juror.MemberId, vote = op.C % 2 == 0 ? JuryVote.Uphold : JuryVote.Dismiss,
                    reasonCode = "READ_FILE", evidenceRef = Scenario.Hash("ballot"),
                });
            case OperationKind.ResolveAppeal when Pick(op, ClaimStatus.Appealed) is { } id:
                return Chain.Invoke(Actors.Coordinator(orgB), "ResolveAppeal", new { claimId = id });
            case OperationKind.CloseRejected when Pick(op, ClaimStatus.Rejected) is { } id:
                return Chain.Invoke(Actors.Assessor(orgB), "CloseRejectedClaim", new { claimId = id });
            case OperationKind.Propose:
                return Propose(op, member);
            case OperationKind.Vote when PickId(_proposals, op, p => Read(Keys.Proposal(p), ctx.Proposal) is { Status: ProposalStatus.Open } o && o.VotingEndsAt > Chain.Now) is { } pid:
                var electorate = Read(Keys.Proposal(pid), ctx.Proposal)!.Electorate;
                var fresh = electorate.Where(o => Chain.Ledger.Get(Keys.ProposalVote(pid, o)) is null).ToList();
                var voter = op.B % 9 == 8 ? Actors.Outsider : op.B % 9 == 7 || fresh.Count == 0 ? electorate[op.B % electorate.Count] : fresh[op.B % fresh.Count];
                return Chain.Invoke(Actors.Delegate(voter), "VoteOnProposal", new
                {
                    proposalId = pid, choice = (op.C % 5) switch { < 3 => VoteChoice.For, 3 => VoteChoice.Against, _ => VoteChoice.Abstain },
                    reasonCode = "CONSIDERED", evidenceRef = Scenario.Hash("vote"),
                });
            case OperationKind.Tally when PickId(_proposals, op, p => Read(Keys.Proposal(p), ctx.Proposal)!.Status == ProposalStatus.Open) is { } pid:
                return Chain.Invoke(Actors.Caseworker(orgB), "TallyProposal", new { proposalId = pid });
            case OperationKind.Execute when PickId(_proposals, op, p => Read(Keys.Proposal(p), ctx.Proposal)!.Status == ProposalStatus.Passed) is { } pid:
                return Chain.Invoke(Actors.Assessor(orgB), "ExecuteProposal", new { proposalId = pid });
            case OperationKind.FundCampaign:
                return Chain.Invoke(Actors.Coordinator(orgB), "FundCampaign",
                    new { campaignId = Campaigns[op.A % 2], amount = Scenario.Eur((op.B * 40) + 1), paymentReference = $"FUND-{op.C % 20}" });
            case OperationKind.Disburse:
                var orders = Enumerable.Range(0, (op.C % 3) + 1).Select(i => new
                {
                    beneficiaryHash = ReliefSteps.Beneficiary($"b{(op.A + i) % 15}"), amount = Scenario.Eur(((op.B + i) % 40 * 100) + 1),
                    paymentReference = op.C % 17 == 0 ? "RLF-DUP" : $"RLF-{index}-{i}", destinationHash = Scenario.Hash("wallet"),
                }).ToArray();
                return Chain.Invoke(Actors.Coordinator(orgB), "DisburseRelief", new { campaignId = Campaigns[op.A % 2], fastPath = op.C % 4 != 0, payments = orders });
            case OperationKind.Verify:
                return Chain.Invoke(Actors.Assessor(orgB), "VerifyBeneficiaries", new
                {
                    campaignId = Campaigns[op.A % 2], beneficiaryHashes = new[] { ReliefSteps.Beneficiary($"b{op.C % 15}"), ReliefSteps.Beneficiary($"b{(op.C + 1) % 15}") },
                    evidenceRef = Scenario.Hash("verified"),
                });
            case OperationKind.ReviewRelief when PickId(_reliefPayments, op, p => Read(Keys.ReliefPayment(p), ctx.ReliefPayment)!.Review == ReliefReviewStatus.Pending) is { } pid:
                return Chain.Invoke(Actors.Assessor(orgB), "ReviewReliefPayment",
                    new { paymentId = pid, passed = op.C % 3 != 0, reasonCode = "CHECKED", evidenceRef = Scenario.Hash("review") });
            case OperationKind.CloseCampaign:
                return Chain.Invoke(Actors.Delegate(orgB), "CloseCampaign", new { campaignId = Campaigns[op.A % 2] });
            case OperationKind.OpenRecovery when PickId(Claims, op, c => Load(c).PaidAmount.Amount > 0) is { } id:
                return Chain.Invoke(Actors.Assessor(orgB), "OpenClaimRecovery",
                    new { claimId = id, amount = Scenario.Eur((op.C * 5) + 1), reasonCode = "RECOVERED", evidenceRef = Scenario.Hash("rec") });
            case OperationKind.RepayRecovery when PickId(_recoveries, op, r => Read(Keys.Recovery(r), ctx.Recovery)!.Status == RecoveryStatus.Open) is { } rid:
                var recovery = Read(Keys.Recovery(rid), ctx.Recovery)!;
                var payer = recovery.MemberId is { } mid ? Actors.Caseworker(Read(Keys.Member(mid), ctx.Member)!.OrgMsp) : Actors.Coordinator(orgB);
                return Chain.Invoke(payer, "RepayRecovery", new
                {
                    recoveryId = rid, amount = Scenario.Eur(op.C % 2 == 0 ? recovery.Outstanding : (op.C * 20) + 1), paymentReference = $"BACK-{op.B % 25}",
                });
            case OperationKind.CloseSharingPeriod:
                return Chain.Invoke(Actors.Delegate(orgB), "CloseSharingPeriod", new { poolId = op.C % 9 == 8 ? Scenario.PoolId : SharingPoolId });
            case OperationKind.PayCharge when member is not null:
                var charges = Chain.Ledger.Range(CompositeKey.PartialPrefix(Keys.MemberChargeType, [member.MemberId]))
                    .Select(kv => CanonicalJson.Deserialize(kv.Value.Span, ctx.MemberCharge)).ToList();
                if (charges.Count == 0)
                {
                    return null;
                }

                var charge = charges[op.B % charges.Count];
                return Chain.Invoke(Actors.Caseworker(member.OrgMsp), "RecordContribution", new
                {
                    memberId = member.MemberId, amount = Scenario.Eur(op.C % 2 == 0 ? Math.Max(1, charge.Outstanding) : (op.C * 10) + 1),
                    paymentReference = $"SHARE-{op.A % 40}", periodSeq = charge.PeriodSeq,
                });
            case OperationKind.Withdraw:
                return Chain.Invoke(Actors.Delegate(op.C % 5 == 4 ? Actors.InsurerB : Actors.InsurerA), "WithdrawCapital",
                    new { poolId = Scenario.PoolId, amount = Scenario.Eur((op.B * 30) + 1), paymentReference = $"CAP-{op.C % 10}" });
            default:
                return null;
        }
    }

    private DomainResponse Propose(Operation op, Member? member)
    {
        var (kind, poolId) = (op.B % 7) switch
        {
            0 => (ProposalKind.ChangePoolParameters, op.C % 2 == 0 ? Scenario.PoolId : SharingPoolId),
            1 => (ProposalKind.Pause, op.C % 2 == 0 ? Scenario.PoolId : ReliefSteps.PoolId),
            2 => (ProposalKind.Unpause, op.C % 2 == 0 ? Scenario.PoolId : ReliefSteps.PoolId),
            3 => (ProposalKind.AdmitOrganization, Scenario.PoolId),
            4 => (ProposalKind.SuspendOrganization, Scenario.PoolId),
            5 => (ProposalKind.ChangePayoutDestination, member?.PoolId ?? Scenario.PoolId),
            _ => (ProposalKind.ChangePoolParameters, Scenario.PoolId),
        };
        var current = Read(Keys.Pool(poolId), DomainJsonContext.Default.Pool)!.Parameters;
        var parameters = current.CostSharing is { } terms
            ? current with { CostSharing = terms with { ShortfallRule = terms.ShortfallRule == ShortfallRule.ReserveDraw ? ShortfallRule.ProRataBenefit : ShortfallRule.ReserveDraw } }
            : current with { NoticeWindowDays = 1 + (op.C % 3), RedemptionWindowDays = 5 + (op.C % 10), ManagementFeeBps = op.C % 11 == 0 ? 20_000 : 500 + (op.C % 5 * 100) };
        var proposer = kind == ProposalKind.ChangePayoutDestination && member is not null ? member.OrgMsp : Orgs[op.A % 3];
        return Chain.Invoke(Actors.Delegate(proposer), "SubmitProposal", GovernanceSteps.Args(kind, poolId,
            parameters: kind == ProposalKind.ChangePoolParameters ? parameters : null,
            organizationMsp: kind is ProposalKind.AdmitOrganization or ProposalKind.SuspendOrganization ? (op.C % 3 == 0 ? Actors.Ngo : Actors.Outsider) : null,
            organizationKind: kind == ProposalKind.AdmitOrganization ? OrgKind.Ngo : null,
            memberId: kind == ProposalKind.ChangePayoutDestination ? member?.MemberId ?? "none" : null,
            destinationHash: kind == ProposalKind.ChangePayoutDestination ? Scenario.Hash($"moved-{op.C}") : null));
    }
}
