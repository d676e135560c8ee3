using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>
/// Makes a rejected claim Final once its appeal window passed without an appeal; the rejection's outcome stays.
/// Permissionless; APPEAL_WINDOW_OPEN before the deadline.
/// </summary>
public sealed class CloseRejectedClaimHandler : Handler<ClaimRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => RoleSets.AnyOperator;
    protected override JsonTypeInfo<ClaimRequest> RequestType => DomainJsonContext.Default.ClaimRequest;

    protected override object Handle(TxScope tx, ClaimRequest request)
    {
        var (claim, _) = ClaimAction.Load(tx, request.ClaimId);
        claim.RequireStatus(ClaimStatus.Rejected);
        TxScope.Require(tx.Now > claim.AppealEndsAt, ErrorCodes.AppealWindowOpen,
            $"claim {claim.ClaimId} can be appealed until {claim.AppealEndsAt:O}");
        var final = claim.MoveTo(ClaimStatus.Final, tx.Now, tx.Context.TxId);
        return ClaimAction.Commit(tx, EventNames.ClaimMadeFinal, claim, final);
    }
}
