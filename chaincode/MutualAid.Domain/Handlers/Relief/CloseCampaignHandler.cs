using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>A message that names one campaign.</summary>
public sealed record CampaignRequest
{
    public required string CampaignId { get; init; }
}

/// <summary>
/// Closes a campaign after its end (CAMPAIGN_STILL_OPEN before): no more disbursements; reviews and recoveries
/// continue. Permissionless.
/// </summary>
public sealed class CloseCampaignHandler : Handler<CampaignRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => RoleSets.AnyOperator;
    protected override JsonTypeInfo<CampaignRequest> RequestType => DomainJsonContext.Default.CampaignRequest;

    protected override object Handle(TxScope tx, CampaignRequest request)
    {
        var campaigns = new CampaignKeeper(tx);
        var campaign = campaigns.Get(request.CampaignId);
        TxScope.Require(campaign.Status == CampaignStatus.Open, ErrorCodes.CampaignClosed, $"campaign {campaign.CampaignId} is already closed");
        TxScope.Require(tx.Now > campaign.EndsAt, ErrorCodes.CampaignStillOpen, $"campaign {campaign.CampaignId} runs until {campaign.EndsAt:O}");
        var closed = campaign with { Status = CampaignStatus.Closed, ClosedAt = tx.Now };
        campaigns.Put(closed);
        tx.Emit(new DomainEvent
        {
            Name = EventNames.CampaignClosed, TxId = tx.Context.TxId, At = tx.Now, Actor = tx.Actor, PoolId = campaign.PoolId, Campaign = closed,
        });
        return closed;
    }
}
