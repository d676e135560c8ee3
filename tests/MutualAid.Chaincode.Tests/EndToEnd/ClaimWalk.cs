using System.Text;
using Fabric.Client;
using static MutualAid.Chaincode.Tests.Support.DomainCalls;

namespace MutualAid.Chaincode.Tests.EndToEnd;

/// <summary>
/// A claim walked from pool creation to payout on the development network, each step by the role and organization
/// the domain requires, each submitted with the .NET gateway client and committed under AND(Insurer peer, NGO peer).
/// </summary>
/// <remarks>
/// The pool has no waiting period and no notice window (the domain allows 0 for both), so a claim approved by k = 1
/// organization can be finalized and paid in the next transactions: the network's clock cannot be moved.
/// </remarks>
internal sealed class ClaimWalk(MutualAidNetwork network)
{
    public const string PoolId = "health-e2e";
    public const string Details = "diagnosis: appendicitis; patient ref 4711; confidential";
    public const long Claimed = 150_000;

    /// <summary>Every committed step: the function and its result, in submission order.</summary>
    public List<(string Function, SubmitResult Result)> Steps { get; } = [];

    public string NgoMemberId { get; private set; } = string.Empty;

    public string ClaimId { get; private set; } = string.Empty;

    public static string NgoDestination => Hash("iban-ngo-member");

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var insurerDelegate = network.Contract(InsurerMsp, "Delegate");
        var ngoCaseworker = network.Contract(NgoMsp, "Caseworker");
        var insurerAssessor = network.Contract(InsurerMsp, "Assessor");
        var insurerCoordinator = network.Contract(InsurerMsp, "Coordinator");

        await SubmitAsync(insurerDelegate, "CreatePool", CreatePool(PoolId), cancellationToken);
        var ngoMember = await SubmitAsync(ngoCaseworker, "EnrollMember", EnrollMember(PoolId, "ngo-member"), cancellationToken);
        NgoMemberId = Text(ngoMember, "memberId");
        var joinDate = DateOnly.Parse(Text(ngoMember, "joinDate"), System.Globalization.CultureInfo.InvariantCulture);
        var secondMember = await SubmitAsync(ngoCaseworker, "EnrollMember", EnrollMember(PoolId, "second-member", Hash("iban-second-member")), cancellationToken);
        await SubmitAsync(ngoCaseworker, "RegisterPayoutDestination", RegisterPayoutDestination(NgoMemberId, NgoDestination), cancellationToken);

        // Two contributions at once: they share no key, so neither invalidates the other. Both go through the NGO: a
        // contribution is recorded by the member's organization, and the insurer cannot enroll members in a pool whose
        // only other organization is not an insurer (ENDORSEMENT_QUORUM_UNREACHABLE, see InsurerEnrollment test).
        await Task.WhenAll(
            SubmitAsync(ngoCaseworker, "RecordContribution", RecordContribution(NgoMemberId, 120_000, "IN-NGO-0001"), cancellationToken),
            SubmitAsync(ngoCaseworker, "RecordContribution", RecordContribution(Text(secondMember, "memberId"), 180_000, "IN-NGO-0002"), cancellationToken));

        var claim = await SubmitAsync(ngoCaseworker, "SubmitClaim", SubmitClaim(NgoMemberId, joinDate, Claimed), cancellationToken,
            ProposalOptions.FromArguments().WithTransient(DetailsTransientKey, Encoding.UTF8.GetBytes(Details)));
        ClaimId = Text(claim, "claimId");

        // The NGO filed, so the insurer reviews and endorses: k = 1 independent approval, from an insurer.
        await SubmitAsync(insurerAssessor, "StartReview", Claim(ClaimId), cancellationToken);
        await SubmitAsync(insurerAssessor, "EndorseClaim", Approve(ClaimId, Claimed), cancellationToken);
        await SubmitAsync(insurerCoordinator, "FinalizeClaim", Claim(ClaimId), cancellationToken);
        await SubmitAsync(insurerCoordinator, "RecordPayout", RecordPayout(ClaimId, Claimed, "OUT-0001", NgoDestination), cancellationToken);
    }

    private async Task<byte[]> SubmitAsync(Contract contract, string function, string json, CancellationToken cancellationToken, ProposalOptions? options = null)
    {
        options ??= new ProposalOptions();
        options.WithArguments(json);
        var result = await contract.SubmitAsync(function, options, cancellationToken: cancellationToken);
        lock (Steps)
        {
            Steps.Add((function, result));
        }

        return result.Result;
    }
}
