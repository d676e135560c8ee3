using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Queries;

/// <summary>Returns a pool's rules and organizations.</summary>
public sealed class GetPoolHandler : Handler<PoolRequest>
{
    public override bool IsWrite => false;
    protected override JsonTypeInfo<PoolRequest> RequestType => DomainJsonContext.Default.PoolRequest;

    protected override object Handle(TxScope tx, PoolRequest request) => new PoolKeeper(tx).Get(request.PoolId);
}
