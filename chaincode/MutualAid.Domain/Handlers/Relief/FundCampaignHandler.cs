using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>The FundCampaign message: money received for a campaign.</summary>
public sealed record FundCampaignRequest
{
    public required string CampaignId { get; init; }
    public required Money Amount { get; init; }
    public required string PaymentReference { get; init; }
}

/// <summary>
/// Records funding received for a campaign as a delta entry (no shared key, so concurrent funding never conflicts),
/// by a coordinator or delegate of an active organization of its pool. Idempotent by payment reference: the same
/// reference for the same campaign and amount returns the first entry and writes nothing.
/// </summary>
public sealed class FundCampaignHandler : Handler<FundCampaignRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => [Role.Coordinator, Role.Delegate];
    protected override JsonTypeInfo<FundCampaignRequest> RequestType => DomainJsonContext.Default.FundCampaignRequest;

    protected override object Handle(TxScope tx, FundCampaignRequest request)
    {
        Check.PaymentReference(request.PaymentReference);
        var campaigns = new CampaignKeeper(tx);
        var campaign = campaigns.Get(request.CampaignId);
        Access.RequireParticipant(tx, new PoolKeeper(tx).Get(campaign.PoolId));
        Check.Amount(request.Amount, campaign.Currency, "amount");
        var references = new ReferenceKeeper(tx);
        var existingKey = references.Find("in", request.PaymentReference);
        if (existingKey is not null)
        {
            var existing = tx.Get(existingKey, DomainJsonContext.Default.ReliefEntry);
            TxScope.Require(existing is not null && existing.CampaignId == campaign.CampaignId && existing.Kind == ReliefEntryKind.Funding
                && existing.Amount == request.Amount, ErrorCodes.DuplicatePaymentReference, $"payment reference {request.PaymentReference} was already used");
            return existing!;
        }

        var entry = campaigns.Add(campaign, ReliefEntryKind.Funding, request.Amount.Amount, paymentReference: request.PaymentReference);
        references.Use(entry);
        tx.Emit(new DomainEvent
        {
            Name = EventNames.CampaignFunded, TxId = tx.Context.TxId, At = tx.Now, Actor = tx.Actor, PoolId = campaign.PoolId, ReliefEntries = [entry],
        });
        return entry;
    }
}
