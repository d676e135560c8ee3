using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Handlers;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Queries;

/// <summary>Returns a claim's full history from GetHistoryForKey, oldest first (the state returns it newest first).</summary>
public sealed class GetClaimHistoryHandler : Handler<ClaimRequest>
{
    public override bool IsWrite => false;
    protected override JsonTypeInfo<ClaimRequest> RequestType => DomainJsonContext.Default.ClaimRequest;

    protected override object Handle(TxScope tx, ClaimRequest request)
    {
        new ClaimKeeper(tx).Get(request.ClaimId);
        var versions = tx.History(Keys.Claim(request.ClaimId))
            .Where(m => !m.IsDelete)
            .Select(m => new ClaimVersion(m.TxId, m.Timestamp, CanonicalJson.Deserialize(m.Value.Span, DomainJsonContext.Default.Claim)))
            .Reverse()
            .ToList();
        return new ClaimHistory(request.ClaimId, versions);
    }
}
