using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Queries;

/// <summary>A query that names one recovery.</summary>
public sealed record RecoveryRequest
{
    public required string RecoveryId { get; init; }
}

/// <summary>Returns a recovery receivable with what was repaid, offset and is outstanding.</summary>
public sealed class GetRecoveryHandler : Handler<RecoveryRequest>
{
    public override bool IsWrite => false;
    protected override JsonTypeInfo<RecoveryRequest> RequestType => DomainJsonContext.Default.RecoveryRequest;

    protected override object Handle(TxScope tx, RecoveryRequest request) => new RecoveryKeeper(tx).Get(request.RecoveryId);
}
