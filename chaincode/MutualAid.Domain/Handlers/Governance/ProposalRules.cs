using MutualAid.Domain.Errors;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>
/// Whether a proposal's change can apply to the current state. Checked when it is submitted (the proposer learns
/// at once) and again when it is executed (state may have moved; a failure then ends it as Failed, not in limbo).
/// </summary>
internal static class ProposalRules
{
    /// <summary>Throws the DomainException that says why <paramref name="p"/> cannot apply now.</summary>
    public static void RequireApplicable(TxScope tx, Proposal p)
    {
        var pools = new PoolKeeper(tx);
        if (p.Kind == ProposalKind.CreatePool)
        {
            Require(p.Charter is not null, "CreatePool needs a charter");
            Check.PoolId(p.PoolId);
            PoolRules.Validate([.. p.Charter!.Organizations.OrderBy(o => o.MspId, StringComparer.Ordinal)], p.Charter.Parameters, p.Charter.OpeningBalance);
            TxScope.Require(!pools.Exists(p.PoolId), ErrorCodes.PoolAlreadyExists, $"pool {p.PoolId} already exists");
            return;
        }

        var pool = pools.Get(p.PoolId);
        switch (p.Kind)
        {
            case ProposalKind.ChangePoolParameters:
                Require(p.Parameters is not null, "ChangePoolParameters needs parameters");
                PoolRules.ValidateChange(pool, p.Parameters!);
                break;
            case ProposalKind.AdmitOrganization:
                Require(p.OrganizationMsp is { Length: > 0 and <= 64 } && p.OrganizationMsp != Consortium.RegulatorMspId
                    && p.OrganizationKind is { } kind && Enum.IsDefined(kind), "AdmitOrganization needs an MSP id (not the regulator) and a kind");
                TxScope.Require(pool.FindOrganization(p.OrganizationMsp!) is not { Suspended: false }, ErrorCodes.OrganizationAlreadyAdmitted,
                    $"{p.OrganizationMsp} already takes part in pool {pool.PoolId}");
                break;
            case ProposalKind.SuspendOrganization:
                Require(pool.FindOrganization(p.OrganizationMsp ?? string.Empty) is { Suspended: false }, $"{p.OrganizationMsp} is not an active organization of the pool");
                Require(p.OrganizationMsp != pool.AdministratorMsp, "the administrator holds the pool's funds and cannot be suspended");
                var rest = pool.ActiveOrganizations.Where(o => o.MspId != p.OrganizationMsp).ToList();
                Require(rest.Count >= 2 && rest.Any(o => o.Kind == OrgKind.Insurer) && pool.Parameters.EndorsementThreshold <= rest.Count - 1,
                    "after the suspension the pool would lack two active organizations, an insurer or a reachable endorsement threshold");
                break;
            case ProposalKind.ChangePayoutDestination:
                Check.Hash(p.DestinationHash, "destinationHash");
                var member = new MemberKeeper(tx).Get(p.MemberId ?? string.Empty);
                Require(member.PoolId == pool.PoolId, $"member {member.MemberId} is not in pool {pool.PoolId}");
                TxScope.Require(member.Status == MemberStatus.Active, ErrorCodes.MemberNotActive, $"member {member.MemberId} is {member.Status}");
                Require(member.PayoutDestinationHash != p.DestinationHash, "the new destination is the current one");
                break;
            case ProposalKind.Pause:
                TxScope.Require(!pool.Paused, ErrorCodes.PoolPaused, $"pool {pool.PoolId} is already paused");
                break;
            case ProposalKind.Unpause:
                TxScope.Require(pool.Paused, ErrorCodes.PoolNotPaused, $"pool {pool.PoolId} is not paused");
                break;
            default:
                Require(false, $"unknown proposal kind {p.Kind}");
                break;
        }
    }

    /// <summary>INVALID_PROPOSAL unless exactly the payload fields of the kind are set.</summary>
    public static void RequireShape(Proposal p)
    {
        var k = p.Kind;
        Require((p.Parameters is not null) == (k == ProposalKind.ChangePoolParameters)
            && (p.Charter is not null) == (k == ProposalKind.CreatePool)
            && (p.OrganizationMsp is not null) == (k is ProposalKind.AdmitOrganization or ProposalKind.SuspendOrganization)
            && (p.OrganizationKind is not null) == (k == ProposalKind.AdmitOrganization)
            && (p.MemberId is not null) == (k == ProposalKind.ChangePayoutDestination)
            && (p.DestinationHash is not null) == (k == ProposalKind.ChangePayoutDestination),
            $"a {k} proposal carries exactly its own payload fields");
    }

    private static void Require(bool condition, string detail)
    {
        if (!condition)
        {
            throw new DomainException(ErrorCodes.InvalidProposal, detail);
        }
    }
}
