using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>The CastJuryBallot message: a juror's reasoned vote, submitted by a caseworker of the juror's organization.</summary>
public sealed record CastJuryBallotRequest
{
    public required string ClaimId { get; init; }
    public required string JurorMemberId { get; init; }
    public required JuryVote Vote { get; init; }
    public required string ReasonCode { get; init; }
    public required string EvidenceRef { get; init; }
}

/// <summary>
/// Records one juror's ballot on an open appeal. The juror must be an active member of the same pool who joined
/// by the appeal's eligibility cut-off (JUROR_NOT_ELIGIBLE), neither the claimant nor from the claimant's
/// organization (CONFLICT_OF_INTEREST), and must not have voted (ALREADY_VOTED). A ballot inside the final
/// window moves the deadline to that long after it (anti-sniping); APPEAL_VOTING_CLOSED after the deadline.
/// The ballot is its own key, so only final-window ballots write the appeal record.
/// </summary>
public sealed class CastJuryBallotHandler : Handler<CastJuryBallotRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => [Role.Caseworker];
    protected override JsonTypeInfo<CastJuryBallotRequest> RequestType => DomainJsonContext.Default.CastJuryBallotRequest;

    protected override object Handle(TxScope tx, CastJuryBallotRequest request)
    {
        Check.ReasonCode(request.ReasonCode);
        Check.Hash(request.EvidenceRef, "evidenceRef");
        Check.Require(Enum.IsDefined(request.Vote), "vote must be Uphold or Dismiss");
        var appeals = new AppealKeeper(tx);
        var appeal = appeals.Get(request.ClaimId);
        var juror = new MemberKeeper(tx).Get(request.JurorMemberId);
        Access.RequireOwnOrganization(tx, juror.OrgMsp, $"member {juror.MemberId}");
        Access.RequireParticipant(tx, new PoolKeeper(tx).Get(appeal.PoolId));
        TxScope.Require(appeal.Status == AppealStatus.Open && tx.Now <= appeal.VotingEndsAt, ErrorCodes.AppealVotingClosed,
            $"the appeal of claim {appeal.ClaimId} closed for votes at {appeal.VotingEndsAt:O}");
        TxScope.Require(juror.MemberId != appeal.ClaimantMemberId && juror.OrgMsp != appeal.ClaimantOrg, ErrorCodes.ConflictOfInterest,
            $"the claimant and members of {appeal.ClaimantOrg} cannot sit on this jury");
        TxScope.Require(juror.PoolId == appeal.PoolId && juror.Status == MemberStatus.Active && juror.JoinedAt <= appeal.EligibleJoinedBy,
            ErrorCodes.JurorNotEligible, $"member {juror.MemberId} is not an active member of pool {appeal.PoolId} since {appeal.EligibleJoinedBy:O}");
        TxScope.Require(!appeals.HasBallot(appeal.ClaimId, juror.MemberId), ErrorCodes.AlreadyVoted,
            $"member {juror.MemberId} already voted on the appeal of claim {appeal.ClaimId}");

        var ballot = new JuryBallot(appeal.ClaimId, juror.MemberId, juror.OrgMsp, request.Vote, request.ReasonCode, request.EvidenceRef, tx.Now);
        appeals.PutBallot(ballot);
        Appeal? extended = null;
        var window = TimeSpan.FromHours(appeal.ExtensionHours);
        if (tx.Now >= appeal.VotingEndsAt - window)
        {
            extended = appeal with { VotingEndsAt = tx.Now + window, Extensions = appeal.Extensions + 1 };
            appeals.Put(extended);
        }

        tx.Emit(new DomainEvent
        {
            Name = EventNames.JuryBallotCast, TxId = tx.Context.TxId, At = tx.Now, Actor = tx.Actor, PoolId = appeal.PoolId,
            Ballot = ballot, Appeal = extended,
        });
        return ballot;
    }
}
