using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>The VerifyBeneficiaries message: salted hashes an assessor verified for a campaign.</summary>
public sealed record VerifyBeneficiariesRequest
{
    public required string CampaignId { get; init; }
    public required IReadOnlyList<string> BeneficiaryHashes { get; init; }
    public required string EvidenceRef { get; init; }
}

/// <summary>
/// Records an assessor's prior verification of beneficiaries (1-100, distinct), for the standard, dual-control
/// disbursement path. Re-verifying a beneficiary keeps the first verification.
/// </summary>
public sealed class VerifyBeneficiariesHandler : Handler<VerifyBeneficiariesRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => [Role.Assessor];
    protected override JsonTypeInfo<VerifyBeneficiariesRequest> RequestType => DomainJsonContext.Default.VerifyBeneficiariesRequest;

    protected override object Handle(TxScope tx, VerifyBeneficiariesRequest request)
    {
        Check.Hash(request.EvidenceRef, "evidenceRef");
        Check.Require(request.BeneficiaryHashes.Count is >= 1 and <= DisburseReliefHandler.MaxBatch
            && request.BeneficiaryHashes.Distinct(StringComparer.Ordinal).Count() == request.BeneficiaryHashes.Count, "1-100 distinct beneficiary hashes");
        foreach (var hash in request.BeneficiaryHashes)
        {
            Check.Hash(hash, "beneficiaryHashes[]");
        }

        var campaign = new CampaignKeeper(tx).Get(request.CampaignId);
        Access.RequireParticipant(tx, new PoolKeeper(tx).Get(campaign.PoolId));
        var beneficiaries = new BeneficiaryKeeper(tx);
        var added = request.BeneficiaryHashes
            .Where(h => beneficiaries.FindVerification(campaign.CampaignId, h) is null)
            .Select(h => new BeneficiaryVerification(campaign.CampaignId, h, tx.Caller.MspId, request.EvidenceRef, tx.Now))
            .ToList();
        added.ForEach(beneficiaries.Put);
        tx.Emit(new DomainEvent
        {
            Name = EventNames.BeneficiariesVerified, TxId = tx.Context.TxId, At = tx.Now, Actor = tx.Actor, PoolId = campaign.PoolId, Verifications = added,
        });
        return added;
    }
}
