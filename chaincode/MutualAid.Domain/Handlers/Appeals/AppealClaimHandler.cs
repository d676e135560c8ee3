using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>The AppealClaim message: the claimant's reasoned appeal.</summary>
public sealed record AppealClaimRequest
{
    public required string ClaimId { get; init; }
    public required string ReasonCode { get; init; }

    /// <summary>SHA-256 (hex) of the appeal statement, held off-ledger.</summary>
    public required string EvidenceRef { get; init; }
}

/// <summary>
/// Appeals a rejected claim, once, before its appeal deadline (Rejected → Appealed), filed by a caseworker of the
/// claimant's organization. Opens the jury vote under the rules of the claim's parameters version: jurors must have
/// been members for the minimum days when the appeal opens. APPEAL_WINDOW_CLOSED after the deadline;
/// APPEAL_ALREADY_FILED for a second appeal.
/// </summary>
public sealed class AppealClaimHandler : Handler<AppealClaimRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => [Role.Caseworker];
    protected override JsonTypeInfo<AppealClaimRequest> RequestType => DomainJsonContext.Default.AppealClaimRequest;

    protected override object Handle(TxScope tx, AppealClaimRequest request)
    {
        Check.ReasonCode(request.ReasonCode);
        Check.Hash(request.EvidenceRef, "evidenceRef");
        var (claim, pool) = ClaimAction.Load(tx, request.ClaimId);
        Access.RequireOwnOrganization(tx, claim.FilingOrg, $"claim {claim.ClaimId}");
        var appeals = new AppealKeeper(tx);
        TxScope.Require(appeals.Find(claim.ClaimId) is null, ErrorCodes.AppealAlreadyFiled, $"claim {claim.ClaimId} was already appealed");
        claim.RequireStatus(ClaimStatus.Rejected);
        TxScope.Require(tx.Now <= claim.AppealEndsAt, ErrorCodes.AppealWindowClosed,
            $"claim {claim.ClaimId} could be appealed until {claim.AppealEndsAt:O}");

        var p = pool.Parameters;
        var appeal = new Appeal
        {
            ClaimId = claim.ClaimId,
            PoolId = claim.PoolId,
            ClaimantMemberId = claim.MemberId,
            ClaimantOrg = claim.FilingOrg,
            ReasonCode = request.ReasonCode,
            EvidenceRef = request.EvidenceRef,
            RejectionOutcome = claim.Outcome!,
            FiledAt = tx.Now,
            EligibleJoinedBy = tx.Now.AddDays(-p.JurorMinMembershipDays),
            Quorum = p.JuryQuorum,
            UpholdThresholdBps = p.JuryUpholdThresholdBps,
            ExtensionHours = p.JuryExtensionHours,
            VotingEndsAt = tx.Now.AddDays(p.AppealVotingDays),
            Extensions = 0,
            Status = AppealStatus.Open,
        };
        appeals.Put(appeal);
        var member = new MemberKeeper(tx).Get(claim.MemberId);
        var appealed = claim.MoveTo(ClaimStatus.Appealed, tx.Now, tx.Context.TxId);
        return ClaimAction.Commit(tx, Events.EventNames.ClaimAppealed, claim, appealed,
            member with { OpenClaims = member.OpenClaims + 1 }, appeal: appeal);
    }
}
