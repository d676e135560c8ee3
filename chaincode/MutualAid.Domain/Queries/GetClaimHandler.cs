using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Handlers;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Queries;

/// <summary>Returns the public record of a claim (never its private details).</summary>
public sealed class GetClaimHandler : Handler<ClaimRequest>
{
    public override bool IsWrite => false;
    protected override JsonTypeInfo<ClaimRequest> RequestType => DomainJsonContext.Default.ClaimRequest;

    protected override object Handle(TxScope tx, ClaimRequest request) => new ClaimKeeper(tx).Get(request.ClaimId);
}
