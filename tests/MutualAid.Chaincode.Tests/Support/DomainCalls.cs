using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace MutualAid.Chaincode.Tests.Support;

/// <summary>
/// The JSON arguments of the domain functions, written the way a client writes them (camelCase, enums by
/// name, money as minor units and a currency), and readers of the JSON results.
/// </summary>
internal static class DomainCalls
{
    public const string Currency = "EUR";
    public const string InsurerMsp = "InsurerMSP";
    public const string NgoMsp = "NgoMSP";
    public const string RegulatorMsp = "RegulatorMSP";
    public const string DetailsTransientKey = "claimDetails";
    public const string DetailsCollection = "insurerNgoPrivate";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// A pool of the insurer and the NGO whose windows are as short as the domain allows: no waiting period and no
    /// notice window (unless <paramref name="noticeWindowDays"/> asks for one), so a claim approved by k = 1
    /// organization can be finalized and paid at once; a 1% fee, no reserve. Every parameter is stated: the domain's
    /// JSON reads an omitted optional parameter as 0, not as its default.
    /// </summary>
    public static string CreatePool(string poolId, int noticeWindowDays = 0) => Serialize(new
    {
        poolId,
        type = "HealthMutualAid",
        organizations = new[] { new { mspId = InsurerMsp, kind = "Insurer" }, new { mspId = NgoMsp, kind = "Ngo" } },
        parameters = new
        {
            currency = Currency,
            waitingPeriodDays = 0,
            filingDeadlineDays = 30,
            maxBenefitPerClaim = 500_000,
            maxBenefitPerMemberLifetime = 1_000_000,
            managementFeeBps = 100,
            reserveRatioBps = 0,
            endorsementThreshold = 1,
            noticeWindowDays,
            redemptionWindowDays = 30,
            maxClaimAttemptsPerMember = 3,
            reviewWindowDays = 60,
            appealWindowDays = 14,
            appealVotingDays = 7,
            jurorMinMembershipDays = 30,
            juryQuorum = 3,
            juryUpholdThresholdBps = 5_000,
            juryExtensionHours = 24,
            proposalVotingDays = 7,
            proposalQuorumBps = 5_000,
            proposalMajorityBps = 5_000,
            qualifiedMajorityBps = 6_667,
            timelockDays = 2,
            maxActiveMembers = 1_000_000,
            maxUnfundedApprovals = 1_000_000_000_000_000,
            maxOffsetBps = 5_000,
        },
        openingBalance = 0,
    });

    public static string EnrollMember(string poolId, string seed, string? destinationHash = null) => Serialize(new
    {
        poolId,
        kycHash = Hash("kyc-" + seed),
        consentHash = Hash("consent-" + seed),
        payoutDestinationHash = destinationHash,
    });

    public static string RegisterPayoutDestination(string memberId, string destinationHash) =>
        Serialize(new { memberId, destinationHash });

    public static string RecordContribution(string memberId, long amount, string reference) =>
        Serialize(new { memberId, amount = Money(amount), paymentReference = reference });

    public static string SubmitClaim(string memberId, DateOnly eventDate, long amount) => Serialize(new
    {
        memberId,
        eventDate,
        claimedAmount = Money(amount),
        evidenceHashes = new[] { Hash("evidence-" + memberId) },
    });

    public static string Claim(string claimId) => Serialize(new { claimId });

    public static string Pool(string poolId) => Serialize(new { poolId });

    public static string Approve(string claimId, long amount) => Serialize(new
    {
        claimId,
        decision = "Approve",
        approvedAmount = Money(amount),
        reasonCode = "COVERED",
        evidenceRef = Hash("assessment-" + claimId),
    });

    public static string RecordPayout(string claimId, long amount, string reference, string destinationHash) =>
        Serialize(new { claimId, amount = Money(amount), paymentReference = reference, destinationHash });

    /// <summary>A proposal to admit <paramref name="organizationMsp"/> to the pool as an NGO.</summary>
    public static string ProposeAdmission(string poolId, string organizationMsp) => Serialize(new
    {
        poolId,
        kind = "AdmitOrganization",
        organizationMsp,
        organizationKind = "Ngo",
        reasonCode = "NEW_MEMBER_ORG",
        evidenceRef = Hash("charter-" + organizationMsp),
    });

    public static string VoteFor(string proposalId) => Serialize(new
    {
        proposalId,
        choice = "For",
        reasonCode = "SUPPORT",
        evidenceRef = Hash("vote-" + proposalId),
    });

    public static string Proposal(string proposalId) => Serialize(new { proposalId });

    /// <summary>Lower-case hex SHA-256 of the UTF-8 text, the form every hash argument takes.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>A string property of a JSON result.</summary>
    public static string Text(ReadOnlySpan<byte> json, string property)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        return document.RootElement.GetProperty(property).ToString();
    }

    /// <summary>A nested property of a JSON result, e.g. <c>entry.amount.amount</c>.</summary>
    public static JsonElement Property(ReadOnlySpan<byte> json, string path)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        var element = document.RootElement;
        foreach (var name in path.Split('.'))
        {
            element = element.GetProperty(name);
        }

        return element.Clone();
    }

    private static object Money(long amount) => new { amount, currency = Currency };

    private static string Serialize(object value) => JsonSerializer.Serialize(value, Json);
}
