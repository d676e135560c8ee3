using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>The RegisterPayoutDestination message.</summary>
public sealed record RegisterPayoutDestinationRequest
{
    public required string MemberId { get; init; }

    /// <summary>SHA-256 of the payout account details held off-ledger.</summary>
    public required string DestinationHash { get; init; }
}

/// <summary>
/// Registers a member's payout destination, once. Changing it needs the multi-party, time-delayed governance flow
/// (a ChangePayoutDestination proposal), so a second registration is PAYOUT_DESTINATION_ALREADY_REGISTERED.
/// </summary>
public sealed class RegisterPayoutDestinationHandler : Handler<RegisterPayoutDestinationRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => [Role.Caseworker];
    protected override JsonTypeInfo<RegisterPayoutDestinationRequest> RequestType => DomainJsonContext.Default.RegisterPayoutDestinationRequest;

    protected override object Handle(TxScope tx, RegisterPayoutDestinationRequest request)
    {
        Check.Hash(request.DestinationHash, "destinationHash");
        var members = new MemberKeeper(tx);
        var member = members.Get(request.MemberId);
        Access.RequireOwnOrganization(tx, member.OrgMsp, $"member {member.MemberId}");
        TxScope.Require(member.Status == MemberStatus.Active, ErrorCodes.MemberNotActive, $"member {member.MemberId} is {member.Status}");
        TxScope.Require(member.PayoutDestinationHash is null, ErrorCodes.PayoutDestinationAlreadyRegistered,
            $"member {member.MemberId} already has a payout destination");

        var updated = member with { PayoutDestinationHash = request.DestinationHash, DestinationRegisteredAt = tx.Now };
        members.Put(updated);
        tx.Emit(new DomainEvent
        {
            Name = EventNames.PayoutDestinationRegistered, TxId = tx.Context.TxId, At = tx.Now, Actor = tx.Actor,
            PoolId = member.PoolId, Member = updated,
        });
        return updated;
    }
}
