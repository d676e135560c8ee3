using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>The EnrollMember message: hashes only, never personal data.</summary>
public sealed record EnrollMemberRequest
{
    public required string PoolId { get; init; }

    /// <summary>SHA-256 of the (salted) KYC attestation held by the enrolling organization.</summary>
    public required string KycHash { get; init; }

    /// <summary>SHA-256 of the member's signed consent record.</summary>
    public required string ConsentHash { get; init; }

    /// <summary>Optional SHA-256 of the payout account, registered at once.</summary>
    public string? PayoutDestinationHash { get; init; }
}

/// <summary>
/// Enrols a member through the caller's organization; the join date is the transaction date. The pool must have
/// capacity (active members below its cap) and hold at least its locked reserve.
/// </summary>
public sealed class EnrollMemberHandler : Handler<EnrollMemberRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => [Role.Caseworker];
    protected override JsonTypeInfo<EnrollMemberRequest> RequestType => DomainJsonContext.Default.EnrollMemberRequest;

    protected override object Handle(TxScope tx, EnrollMemberRequest request)
    {
        Check.Hash(request.KycHash, "kycHash");
        Check.Hash(request.ConsentHash, "consentHash");
        if (request.PayoutDestinationHash is not null)
        {
            Check.Hash(request.PayoutDestinationHash, "payoutDestinationHash");
        }

        var pool = new PoolKeeper(tx).Get(request.PoolId);
        Access.RequireParticipant(tx, pool);
        TxScope.Require(PoolRules.QuorumReachable(pool, tx.Caller.MspId), ErrorCodes.EndorsementQuorumUnreachable,
            $"claims filed through {tx.Caller.MspId} could never reach {pool.Parameters.EndorsementThreshold} independent approvals with an insurer");
        Solvency.RequireMembershipCapacity(tx, pool);
        var members = new MemberKeeper(tx);
        TxScope.Require(members.FindByKyc(pool.PoolId, request.KycHash) is null, ErrorCodes.MemberAlreadyEnrolled,
            $"this KYC attestation is already enrolled in pool {pool.PoolId}");

        var member = new Member
        {
            MemberId = tx.NewId("MBR"),
            PoolId = pool.PoolId,
            OrgMsp = tx.Caller.MspId,
            KycHash = request.KycHash,
            ConsentHash = request.ConsentHash,
            JoinedAt = tx.Now,
            JoinDate = tx.Context.Date,
            Status = MemberStatus.Active,
            PayoutDestinationHash = request.PayoutDestinationHash,
            DestinationRegisteredAt = request.PayoutDestinationHash is null ? null : tx.Now,
            ClaimAttempts = 0,
            OpenClaims = 0,
            LifetimePaid = 0,
            LifetimeReserved = 0,
        };
        members.Create(member);
        tx.Emit(new DomainEvent
        {
            Name = EventNames.MemberEnrolled, TxId = tx.Context.TxId, At = tx.Now, Actor = tx.Actor,
            PoolId = pool.PoolId, Member = member,
        });
        return member;
    }
}
