using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>The CreatePool message: a new pool with its organizations and rules.</summary>
public sealed record CreatePoolRequest
{
    public required string PoolId { get; init; }
    public required PoolType Type { get; init; }
    public required IReadOnlyList<PoolOrganization> Organizations { get; init; }
    public required PoolParameters Parameters { get; init; }
    public required long OpeningBalance { get; init; }
}

/// <summary>
/// Creates a pool directly; a delegate of a participating organization, which becomes its administrator. This is
/// the consortium's bootstrap path; once pools exist, new ones are normally created by a CreatePool proposal.
/// </summary>
public sealed class CreatePoolHandler : Handler<CreatePoolRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => [Role.Delegate];
    protected override JsonTypeInfo<CreatePoolRequest> RequestType => DomainJsonContext.Default.CreatePoolRequest;

    protected override object Handle(TxScope tx, CreatePoolRequest request)
    {
        Check.PoolId(request.PoolId);
        var organizations = request.Organizations.OrderBy(o => o.MspId, StringComparer.Ordinal).ToList();
        PoolRules.Validate(organizations, request.Parameters, request.OpeningBalance);
        var pools = new PoolKeeper(tx);
        TxScope.Require(!pools.Exists(request.PoolId), ErrorCodes.PoolAlreadyExists, $"pool {request.PoolId} already exists");

        var pool = new Pool
        {
            PoolId = request.PoolId,
            Type = request.Type,
            AdministratorMsp = tx.Caller.MspId,
            Organizations = organizations,
            Parameters = request.Parameters,
            OpeningBalance = request.OpeningBalance,
            CreatedAt = tx.Now,
        };
        Access.RequireParticipant(tx, pool);
        var (outflows, version, cursor) = pools.Create(pool);
        tx.Emit(new DomainEvent
        {
            Name = EventNames.PoolCreated, TxId = tx.Context.TxId, At = tx.Now, Actor = tx.Actor,
            PoolId = pool.PoolId, Pool = pool, Outflows = outflows, ParameterVersion = version, SharingCursor = cursor,
        });
        return pool;
    }
}
