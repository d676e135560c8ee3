using MutualAid.Domain.Events;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>What executing each kind of proposal writes; returns the event carrying every record written.</summary>
internal static class ProposalEffects
{
    public static DomainEvent Apply(TxScope tx, Proposal proposal, out Proposal result)
    {
        result = proposal;
        var e = ExecuteProposalHandler.Event(tx, proposal);
        var pools = new PoolKeeper(tx);
        if (proposal.Kind == ProposalKind.CreatePool)
        {
            var c = proposal.Charter!;
            var created = new Pool
            {
                PoolId = proposal.PoolId, Type = c.Type, AdministratorMsp = proposal.ProposerOrg,
                Organizations = [.. c.Organizations.OrderBy(o => o.MspId, StringComparer.Ordinal)],
                Parameters = c.Parameters, OpeningBalance = c.OpeningBalance, CreatedAt = tx.Now,
            };
            var (outflows, version, cursor) = pools.Create(created, proposal.ProposalId);
            return e with { Pool = created, Outflows = outflows, ParameterVersion = version, SharingCursor = cursor };
        }

        var pool = pools.Get(proposal.PoolId);
        switch (proposal.Kind)
        {
            case ProposalKind.ChangePoolParameters:
                var next = pool.ParametersVersion + 1;
                var version = new PoolParameterVersion
                {
                    PoolId = pool.PoolId, Version = next, Parameters = proposal.Parameters!, EffectiveAt = tx.Now, ProposalId = proposal.ProposalId,
                };
                pools.PutVersion(version);
                result = proposal with { ResultingVersion = next };
                return Save(pools, e with { ParameterVersion = version }, pool with { Parameters = proposal.Parameters!, ParametersVersion = next });
            case ProposalKind.AdmitOrganization:
                var admitted = new PoolOrganization(proposal.OrganizationMsp!, proposal.OrganizationKind!.Value);
                return Save(pools, e, pool with
                {
                    Organizations = [.. pool.Organizations.Where(o => o.MspId != admitted.MspId).Append(admitted).OrderBy(o => o.MspId, StringComparer.Ordinal)],
                });
            case ProposalKind.SuspendOrganization:
                return Save(pools, e, pool with
                {
                    Organizations = [.. pool.Organizations.Select(o => o.MspId == proposal.OrganizationMsp ? o with { Suspended = true } : o)],
                });
            case ProposalKind.ChangePayoutDestination:
                var members = new MemberKeeper(tx);
                var member = members.Get(proposal.MemberId!);
                var changed = member with { PayoutDestinationHash = proposal.DestinationHash, DestinationRegisteredAt = tx.Now };
                members.Put(changed);
                result = proposal with { PreviousDestinationHash = member.PayoutDestinationHash };
                return e with { Member = changed };
            case ProposalKind.Pause:
                return Save(pools, e, pool with { Paused = true, PausedAt = tx.Now });
            default:
                return Save(pools, e, pool with { Paused = false, PausedAt = null });
        }
    }

    private static DomainEvent Save(PoolKeeper pools, DomainEvent e, Pool pool)
    {
        pools.Put(pool);
        return e with { Pool = pool };
    }
}
