using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>The SubmitClaim message (public part); the details travel as transient data under <c>claimDetails</c>.</summary>
public sealed record SubmitClaimRequest
{
    public required string MemberId { get; init; }
    public required DateOnly EventDate { get; init; }
    public required Money ClaimedAmount { get; init; }

    /// <summary>SHA-256 (hex) of each evidence document, held off-ledger.</summary>
    public required IReadOnlyList<string> EvidenceHashes { get; init; }
}

/// <summary>
/// Files a claim for a member of the caller's organization. Checks coverage on the event date, the waiting
/// period, the filing deadline, the per-claim and lifetime caps, the attempts and the payout destination;
/// stores the details in the private collection and only their hash in public state. The claim records the
/// pool's parameters version: later governance changes never apply to it. POOL_PAUSED during an emergency pause.
/// </summary>
public sealed class SubmitClaimHandler : Handler<SubmitClaimRequest>
{
    /// <summary>Most evidence hashes per claim.</summary>
    public const int MaxEvidence = 20;

    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => [Role.Caseworker];
    protected override JsonTypeInfo<SubmitClaimRequest> RequestType => DomainJsonContext.Default.SubmitClaimRequest;

    protected override object Handle(TxScope tx, SubmitClaimRequest request)
    {
        Check.Require(request.EvidenceHashes.Count is >= 1 and <= MaxEvidence, $"a claim needs 1-{MaxEvidence} evidence hashes");
        foreach (var hash in request.EvidenceHashes)
        {
            Check.Hash(hash, "evidenceHashes[]");
        }

        Check.Require(request.EvidenceHashes.Distinct(StringComparer.Ordinal).Count() == request.EvidenceHashes.Count, "evidence hashes must be distinct");
        var members = new MemberKeeper(tx);
        var member = members.Get(request.MemberId);
        Access.RequireOwnOrganization(tx, member.OrgMsp, $"member {member.MemberId}");
        var pool = new PoolKeeper(tx).Get(member.PoolId);
        Access.RequireNotPaused(pool);
        var p = pool.Parameters;
        Check.Amount(request.ClaimedAmount, p.Currency, "claimedAmount");
        TxScope.Require(tx.Transient.TryGetValue(Keys.ClaimDetailsTransientKey, out var details) && details.Length > 0,
            ErrorCodes.ClaimDetailsMissing, $"claim details must be sent as transient data under '{Keys.ClaimDetailsTransientKey}'");

        TxScope.Require(member.Status == MemberStatus.Active, ErrorCodes.MemberNotActive, $"member {member.MemberId} is {member.Status}");
        TxScope.Require(request.EventDate <= tx.Context.Date, ErrorCodes.EventDateInFuture, $"event date {request.EventDate:O} is after today");
        TxScope.Require(member.CoveredOn(request.EventDate), ErrorCodes.MemberNotCoveredOnEventDate,
            $"member {member.MemberId} was not covered on {request.EventDate:O}");
        var coveredFrom = member.JoinDate.AddDays(p.WaitingPeriodDays);
        TxScope.Require(request.EventDate >= coveredFrom, ErrorCodes.WaitingPeriodNotElapsed,
            $"events before {coveredFrom:O} fall in the {p.WaitingPeriodDays}-day waiting period");
        var deadline = request.EventDate.AddDays(p.FilingDeadlineDays);
        TxScope.Require(tx.Context.Date <= deadline, ErrorCodes.FilingDeadlinePassed, $"claims for this event had to be filed by {deadline:O}");
        TxScope.Require(request.ClaimedAmount.Amount <= p.MaxBenefitPerClaim, ErrorCodes.BenefitCapExceeded,
            $"a claim may be at most {p.MaxBenefitPerClaim} {p.Currency}");
        var remaining = checked(p.MaxBenefitPerMemberLifetime - member.LifetimePaid - member.LifetimeReserved);
        TxScope.Require(request.ClaimedAmount.Amount <= remaining, ErrorCodes.LifetimeCapExceeded,
            $"member {member.MemberId} has {remaining} {p.Currency} of lifetime benefit left");
        TxScope.Require(member.ClaimAttempts < p.MaxClaimAttemptsPerMember, ErrorCodes.ClaimAttemptsExceeded,
            $"member {member.MemberId} has used all {p.MaxClaimAttemptsPerMember} claim attempts");
        TxScope.Require(member.PayoutDestinationHash is not null, ErrorCodes.PayoutDestinationMissing,
            $"member {member.MemberId} has no registered payout destination");

        var claimId = tx.NewId("CLM");
        var claim = new Claim
        {
            ClaimId = claimId,
            PoolId = pool.PoolId,
            MemberId = member.MemberId,
            FilingOrg = member.OrgMsp,
            EventDate = request.EventDate,
            ClaimedAmount = request.ClaimedAmount,
            EvidenceHashes = request.EvidenceHashes,
            DetailsCollection = Keys.ClaimDetailsCollection,
            DetailsHash = Hashes.Sha256Hex(details),
            PayoutDestinationHash = member.PayoutDestinationHash!,
            Status = ClaimStatus.Filed,
            Endorsements = [],
            Objections = [],
            PaidAmount = Money.Zero(p.Currency),
            Timeline = [new StageStamp(ClaimStatus.Filed, tx.Now, tx.Context.TxId)],
            ParametersVersion = pool.ParametersVersion,
            ReviewEndsAt = tx.Now.AddDays(p.ReviewWindowDays),
        };
        new ClaimKeeper(tx).Create(claim, details!);
        var updated = member with { ClaimAttempts = member.ClaimAttempts + 1, OpenClaims = member.OpenClaims + 1 };
        members.Put(updated);
        tx.Emit(new DomainEvent
        {
            Name = EventNames.ClaimSubmitted, TxId = tx.Context.TxId, At = tx.Now, Actor = tx.Actor,
            PoolId = pool.PoolId, Claim = claim, Member = updated,
        });
        return claim;
    }
}
