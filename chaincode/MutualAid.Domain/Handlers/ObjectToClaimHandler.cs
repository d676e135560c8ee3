using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>The ObjectToClaim message.</summary>
public sealed record ObjectToClaimRequest
{
    public required string ClaimId { get; init; }
    public required string ReasonCode { get; init; }
    public required string EvidenceRef { get; init; }
}

/// <summary>
/// Raises an objection against a noticed claim, inside its notice window, for another participating
/// organization. A claim with an objection is rejected when the window ends; the claimant may then appeal.
/// </summary>
public sealed class ObjectToClaimHandler : Handler<ObjectToClaimRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => [Role.Assessor, Role.Delegate];
    protected override JsonTypeInfo<ObjectToClaimRequest> RequestType => DomainJsonContext.Default.ObjectToClaimRequest;

    protected override object Handle(TxScope tx, ObjectToClaimRequest request)
    {
        Check.ReasonCode(request.ReasonCode);
        Check.Hash(request.EvidenceRef, "evidenceRef");
        var (claim, pool) = ClaimAction.Load(tx, request.ClaimId);
        var org = Access.RequireParticipant(tx, pool);
        Access.RequireIndependent(tx, claim);
        claim.RequireStatus(ClaimStatus.Noticed);
        TxScope.Require(tx.Now < claim.NoticeEndsAt, ErrorCodes.NoticeWindowClosed, $"the notice window of claim {claim.ClaimId} has ended");
        TxScope.Require(claim.Objections.All(o => o.OrgMsp != org.MspId), ErrorCodes.AlreadyObjected,
            $"{org.MspId} already objected to claim {claim.ClaimId}");
        var after = claim with { Objections = [.. claim.Objections, new Objection(org.MspId, request.ReasonCode, request.EvidenceRef, tx.Now)] };
        return ClaimAction.Commit(tx, EventNames.ClaimObjected, claim, after);
    }
}
