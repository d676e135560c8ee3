using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace MutualAid.Gateway.Demo;

/// <summary>Request bodies of the walkthrough, as a client writes them (money in minor units with a currency).</summary>
public static class DemoCalls
{
    /// <summary>The pool currency.</summary>
    public const string Currency = "EUR";

    /// <summary>
    /// A health pool of the insurer and the NGO with no waiting period and a notice window of
    /// <paramref name="noticeWindowDays"/> (none by default, so an approved claim can be finalized and paid at once);
    /// every parameter is stated.
    /// </summary>
    public static string CreatePool(string poolId, int noticeWindowDays = 0) => new JsonObject
    {
        ["poolId"] = poolId,
        ["type"] = "HealthMutualAid",
        ["organizations"] = new JsonArray(Org("InsurerMSP", "Insurer"), Org("NgoMSP", "Ngo")),
        ["parameters"] = new JsonObject
        {
            ["currency"] = Currency, ["waitingPeriodDays"] = 0, ["filingDeadlineDays"] = 30, ["maxBenefitPerClaim"] = 500_000,
            ["maxBenefitPerMemberLifetime"] = 1_000_000, ["managementFeeBps"] = 100, ["reserveRatioBps"] = 0, ["endorsementThreshold"] = 1,
            ["noticeWindowDays"] = noticeWindowDays, ["redemptionWindowDays"] = 30, ["maxClaimAttemptsPerMember"] = 3, ["reviewWindowDays"] = 60,
            ["appealWindowDays"] = 14, ["appealVotingDays"] = 7, ["jurorMinMembershipDays"] = 30, ["juryQuorum"] = 3,
            ["juryUpholdThresholdBps"] = 5_000, ["juryExtensionHours"] = 24, ["proposalVotingDays"] = 7, ["proposalQuorumBps"] = 5_000,
            ["proposalMajorityBps"] = 5_000, ["qualifiedMajorityBps"] = 6_667, ["timelockDays"] = 2, ["maxActiveMembers"] = 1_000_000,
            ["maxUnfundedApprovals"] = 1_000_000_000_000, ["maxOffsetBps"] = 5_000,
        },
        ["openingBalance"] = 0,
    }.ToJsonString();

    /// <summary>An enrolment with hashes of the member's KYC and consent records.</summary>
    public static string Enroll(string seed, string? destinationHash = null)
    {
        var body = new JsonObject { ["kycHash"] = Hash("kyc-" + seed), ["consentHash"] = Hash("consent-" + seed) };
        if (destinationHash is not null)
        {
            body["payoutDestinationHash"] = destinationHash;
        }

        return body.ToJsonString();
    }

    /// <summary>A contribution.</summary>
    public static string Contribution(long amount, string reference, string currency = Currency) =>
        new JsonObject { ["amount"] = Money(amount, currency), ["paymentReference"] = reference }.ToJsonString();

    /// <summary>A claim with its private details (sent as transient data by the gateway).</summary>
    public static string Claim(string memberId, string eventDate, long amount, string details) => new JsonObject
    {
        ["memberId"] = memberId,
        ["eventDate"] = eventDate,
        ["claimedAmount"] = Money(amount),
        ["evidenceHashes"] = new JsonArray(Hash("evidence-" + memberId)),
        ["details"] = details,
    }.ToJsonString();

    /// <summary>An approving endorsement.</summary>
    public static string Approve(long amount, string claimId) => new JsonObject
    {
        ["decision"] = "Approve", ["approvedAmount"] = Money(amount), ["reasonCode"] = "COVERED", ["evidenceRef"] = Hash("assessment-" + claimId),
    }.ToJsonString();

    /// <summary>A payout to the destination bound at filing.</summary>
    public static string Payout(long amount, string reference, string destinationHash) =>
        new JsonObject { ["amount"] = Money(amount), ["paymentReference"] = reference, ["destinationHash"] = destinationHash }.ToJsonString();

    /// <summary>Lower-case hex SHA-256 of the UTF-8 text.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static JsonObject Money(long amount, string currency = Currency) => new() { ["amount"] = amount, ["currency"] = currency };

    private static JsonObject Org(string mspId, string kind) => new() { ["mspId"] = mspId, ["kind"] = kind };
}
