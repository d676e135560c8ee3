using System.Globalization;
using System.Text.Json.Nodes;

namespace MutualAid.Gateway.Demo;

/// <summary>Request bodies of the relief and governance walkthroughs (money in minor units with a currency).</summary>
public static class ReliefCalls
{
    /// <summary>A disaster-relief pool of the insurer and the NGO, with the walkthrough's parameters.</summary>
    public static string CreateReliefPool(string poolId)
    {
        var body = JsonNode.Parse(DemoCalls.CreatePool(poolId))!;
        body["type"] = "DisasterRelief";
        return body.ToJsonString();
    }

    /// <summary>The walkthrough pool's parameters with another management fee: the payload of a parameter change.</summary>
    public static string ChangeFee(int managementFeeBps, string reason)
    {
        var parameters = JsonNode.Parse(DemoCalls.CreatePool("unused"))!["parameters"]!.DeepClone();
        parameters["managementFeeBps"] = managementFeeBps;
        return new JsonObject
        {
            ["kind"] = "ChangePoolParameters", ["parameters"] = parameters, ["reasonCode"] = "FEE-REVIEW", ["evidenceRef"] = DemoCalls.Hash(reason),
        }.ToJsonString();
    }

    /// <summary>A proposal without payload (Pause, Unpause).</summary>
    public static string Proposal(string kind, string reasonCode, string reason) =>
        new JsonObject { ["kind"] = kind, ["reasonCode"] = reasonCode, ["evidenceRef"] = DemoCalls.Hash(reason) }.ToJsonString();

    /// <summary>A reasoned vote of the caller's organization (For, Against or Abstain).</summary>
    public static string Vote(string choice, string reasonCode, string reason) =>
        new JsonObject { ["choice"] = choice, ["reasonCode"] = reasonCode, ["evidenceRef"] = DemoCalls.Hash(reason) }.ToJsonString();

    /// <summary>
    /// A campaign open for 30 days after a disaster of the last two days, with the window's salt committed by hash,
    /// in <paramref name="dedupMode"/> (Blocking or Advisory); dated from <paramref name="now"/> (the system clock's
    /// time by default).
    /// </summary>
    public static string DeclareCampaign(
        string campaignId, string poolId, string windowId, long budget, long entitlement, long fastPathPerCoordinator, long fastPathPerCampaign, string dedupMode,
        DateTimeOffset? now = null)
    {
        var at = now ?? DateTimeOffset.UtcNow;
        return new JsonObject
        {
            ["campaignId"] = campaignId,
            ["poolId"] = poolId,
            ["trigger"] = new JsonObject
            {
                ["evidenceHash"] = DemoCalls.Hash("flood-bulletin-" + windowId), ["region"] = "RIVER-VALLEY",
                ["from"] = Iso(at.AddDays(-2)), ["to"] = Iso(at.AddDays(-1)),
            },
            ["budget"] = Money(budget),
            ["entitlementPerBeneficiary"] = Money(entitlement),
            ["windowId"] = windowId,
            ["saltCommitment"] = DemoCalls.Hash("salt-of-" + windowId),
            ["dedupMode"] = dedupMode,
            ["fastPathCapPerCoordinator"] = Money(fastPathPerCoordinator),
            ["fastPathCapPerCampaign"] = Money(fastPathPerCampaign),
            ["reviewWindowDays"] = 14,
            ["endsAt"] = Iso(at.AddDays(30)),
        }.ToJsonString();
    }

    /// <summary>Funding received for a campaign.</summary>
    public static string Fund(long amount, string reference) =>
        new JsonObject { ["amount"] = Money(amount), ["paymentReference"] = reference }.ToJsonString();

    /// <summary>An assessor's verification of beneficiaries (salted hashes).</summary>
    public static string Verify(IEnumerable<string> beneficiaryHashes, string evidence) => new JsonObject
    {
        ["beneficiaryHashes"] = new JsonArray([.. beneficiaryHashes.Select(h => (JsonNode)JsonValue.Create(h))]),
        ["evidenceRef"] = DemoCalls.Hash(evidence),
    }.ToJsonString();

    /// <summary>A batch of payments, each (beneficiary hash, amount, reference) paid to a destination derived from the beneficiary.</summary>
    public static string Disburse(bool fastPath, params (string Beneficiary, long Amount, string Reference)[] payments) => new JsonObject
    {
        ["fastPath"] = fastPath,
        ["payments"] = new JsonArray([.. payments.Select(p => (JsonNode)new JsonObject
        {
            ["beneficiaryHash"] = p.Beneficiary, ["amount"] = Money(p.Amount), ["paymentReference"] = p.Reference,
            ["destinationHash"] = DemoCalls.Hash("wallet-of-" + p.Beneficiary),
        })]),
    }.ToJsonString();

    /// <summary>A beneficiary's salted hash in a window (the salt never leaves the coordinators).</summary>
    public static string Beneficiary(string windowId, string household) => DemoCalls.Hash($"salt-of-{windowId}:{household}");

    private static JsonObject Money(long amount) => new() { ["amount"] = amount, ["currency"] = DemoCalls.Currency };

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
