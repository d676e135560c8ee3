using System.Security.Cryptography;
using System.Text;
using Fabric.Client;
using Fabric.Client.Errors;
using Fabric.Client.Events;
using Google.Protobuf;
using MutualAid.DevNetwork.Chaincode;
using static MutualAid.Chaincode.Tests.Support.DomainCalls;

namespace MutualAid.Chaincode.Tests.EndToEnd;

/// <summary>
/// The chaincode on the development network with two-organization endorsement: one claim walked from pool creation to
/// payout in the fixture's set-up, then its outcome, its private data, its events and the refusals checked.
/// </summary>
[NonParallelizable]
[CancelAfter(30_000)]
public sealed class ClaimLifecycleTests
{
    private static readonly string[] StepEvents =
    [
        "PoolCreated", "MemberEnrolled", "MemberEnrolled", "PayoutDestinationRegistered", "ContributionRecorded", "ContributionRecorded",
        "ClaimSubmitted", "ClaimReviewStarted", "ClaimEndorsed", "ClaimFinalized", "ClaimPayoutRecorded",
    ];

    private MutualAidNetwork _network = null!;
    private ClaimWalk _walk = null!;

    private static CancellationToken Cancellation => TestContext.CurrentContext.CancellationToken;

    /// <summary>The private key of the claim's details; the hashed namespace holds it under its hex SHA-256.</summary>
    private string DetailsKey => $"\0claim~details\0{_walk.ClaimId}\0";

    [OneTimeSetUp]
    public async Task StartAndWalk()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(45));
        _network = await MutualAidNetwork.StartAsync(timeout.Token);
        _walk = new ClaimWalk(_network);
        await _walk.RunAsync(timeout.Token);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_network is not null)
        {
            await _network.DisposeAsync();
        }
    }

    [Test]
    public async Task RecordPayout_AfterApprovalByTheInsurer_ClosesTheClaimPaidInFull()
    {
        var claim = await _network.Contract(NgoMsp, "Caseworker").EvaluateAsync("GetClaim", ProposalOptions.FromArguments(Claim(_walk.ClaimId)), Cancellation);

        Assert.That(_walk.Steps, Has.Count.EqualTo(StepEvents.Length));
        Assert.That(Text(claim, "status"), Is.EqualTo("Closed"));
        Assert.That(Text(claim, "outcome"), Is.EqualTo("PAID_IN_FULL"));
        Assert.That(Property(claim, "paidAmount.amount").GetInt64(), Is.EqualTo(ClaimWalk.Claimed));
        Assert.That(Property(claim, "timeline").EnumerateArray().Select(s => s.GetProperty("status").GetString()),
            Is.EqualTo(new[] { "Filed", "UnderReview", "Noticed", "Approved", "Paying", "Closed" }));
        Assert.That(Property(claim, "endorsements").EnumerateArray().Select(e => e.GetProperty("orgMsp").GetString()), Is.EqualTo(new[] { InsurerMsp }));
    }

    [Test]
    public void SubmitClaim_DetailsAsTransientData_ValueOnlyInTheInsurerAndNgoStores()
    {
        var store = _network.Channel.PrivateData!;

        Assert.That(store.StoreFor(InsurerMsp)!.Get(MutualAidNetwork.ChaincodeName, DetailsCollection, DetailsKey)?.Value,
            Is.EqualTo(Encoding.UTF8.GetBytes(ClaimWalk.Details)));
        Assert.That(store.StoreFor(NgoMsp)!.Get(MutualAidNetwork.ChaincodeName, DetailsCollection, DetailsKey)?.Value,
            Is.EqualTo(Encoding.UTF8.GetBytes(ClaimWalk.Details)));
        Assert.That(store.StoreFor(RegulatorMsp)!.Get(MutualAidNetwork.ChaincodeName, DetailsCollection, DetailsKey), Is.Null);
    }

    [Test]
    public void SubmitClaim_DetailsAsTransientData_OnlyHashesInPublicStateAndBlocks()
    {
        var ledger = _network.Channel.Ledger;
        var hashed = ledger.State.Get(CollectionDefinition.HashedNamespace(MutualAidNetwork.ChaincodeName, DetailsCollection), Hash(DetailsKey));
        var publicValues = ledger.State.Range(MutualAidNetwork.ChaincodeName, string.Empty, string.Empty, int.MaxValue)
            .Select(kv => kv.Key + Encoding.UTF8.GetString(kv.Value.Value));
        var blocks = Enumerable.Range(0, (int)ledger.Height).Select(n => Encoding.UTF8.GetString(ledger.GetBlock((ulong)n).ToByteArray()));

        Assert.That(hashed?.Value, Is.EqualTo(SHA256.HashData(Encoding.UTF8.GetBytes(ClaimWalk.Details))));
        Assert.That(publicValues, Is.Not.Empty.And.None.Contains("appendicitis"));
        Assert.That(publicValues, Has.Some.Contains($"\"detailsHash\":\"{Hash(ClaimWalk.Details)}\""));
        Assert.That(blocks, Has.None.Contains("appendicitis"));
    }

    [Test]
    public async Task GetClaim_EvaluatedByTheRegulator_ReturnsThePublicRecordWithoutDetails()
    {
        var claim = await _network.Contract(RegulatorMsp, "Auditor").EvaluateAsync("GetClaim", ProposalOptions.FromArguments(Claim(_walk.ClaimId)), Cancellation);

        Assert.That(Text(claim, "claimId"), Is.EqualTo(_walk.ClaimId));
        Assert.That(Text(claim, "detailsHash"), Is.EqualTo(Hash(ClaimWalk.Details)));
        Assert.That(Encoding.UTF8.GetString(claim), Does.Not.Contain("appendicitis"));
    }

    [Test]
    public void EnrollMember_SubmittedByTheRegulator_RefusedAtEndorsementWithRegulatorReadOnly()
    {
        var regulator = _network.Contract(RegulatorMsp, "Auditor");

        var refused = Assert.ThrowsAsync<EndorseException>(() =>
            regulator.SubmitAsync("EnrollMember", ProposalOptions.FromArguments(EnrollMember(ClaimWalk.PoolId, "by-regulator")), cancellationToken: Cancellation));

        Assert.That(refused!.Details.Select(d => d.Message), Has.Some.Contains("chaincode response 403, REGULATOR_READ_ONLY: "));
    }

    [Test]
    public void SubmitClaim_WithoutTransientDetails_EndorseExceptionCarriesTheDomainCode()
    {
        var caseworker = _network.Contract(NgoMsp, "Caseworker");

        var refused = Assert.ThrowsAsync<EndorseException>(() => caseworker.SubmitAsync(
            "SubmitClaim", ProposalOptions.FromArguments(SubmitClaim(_walk.NgoMemberId, DateOnly.FromDateTime(DateTime.UtcNow), 1_000)), cancellationToken: Cancellation));

        Assert.That(refused!.Details, Is.Not.Empty);
        Assert.That(refused.Details.Select(d => d.Message), Has.All.Contains("chaincode response 400, CLAIM_DETAILS_MISSING: "));
    }

    [Test]
    public void EnrollMember_ThroughTheOnlyInsurer_RefusedBecauseNoOtherInsurerCouldApprove()
    {
        var caseworker = _network.Contract(InsurerMsp, "Caseworker");

        var refused = Assert.ThrowsAsync<EndorseException>(() => caseworker.SubmitAsync(
            "EnrollMember", ProposalOptions.FromArguments(EnrollMember(ClaimWalk.PoolId, "insurer-member")), cancellationToken: Cancellation));

        Assert.That(refused!.Details.Select(d => d.Message), Has.All.Contains("chaincode response 409, ENDORSEMENT_QUORUM_UNREACHABLE: "));
    }

    [Test]
    public async Task GetChaincodeEvents_FromTheFirstStep_OneEventPerCommittedStepWithoutDetails()
    {
        var first = _walk.Steps.Min(s => s.Result.BlockNumber);
        var events = new List<ChaincodeEvent>();
        await foreach (var chaincodeEvent in _network.Network(InsurerMsp, "Auditor")
            .GetChaincodeEventsAsync(MutualAidNetwork.ChaincodeName, new EventsOptions { StartBlock = first }, Cancellation))
        {
            events.Add(chaincodeEvent);
            if (events.Count == StepEvents.Length)
            {
                break;
            }
        }

        Assert.That(events.Select(e => e.EventName), Is.EqualTo(StepEvents));
        Assert.That(events.ToDictionary(e => e.TransactionId, e => e.BlockNumber),
            Is.EquivalentTo(_walk.Steps.ToDictionary(s => s.Result.TransactionId, s => s.Result.BlockNumber)));
        Assert.That(events.Select(e => e.ChaincodeName), Is.All.EqualTo(MutualAidNetwork.ChaincodeName));
        Assert.That(events.Select(e => Encoding.UTF8.GetString(e.Payload)), Has.None.Contains("appendicitis"));
        Assert.That(events.Select(e => Text(e.Payload, "txId")), Is.EqualTo(events.Select(e => e.TransactionId)));
    }
}
