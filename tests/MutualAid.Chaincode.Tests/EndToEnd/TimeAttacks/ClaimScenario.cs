using System.Globalization;
using Fabric.Client;
using static MutualAid.Chaincode.Tests.Support.DomainCalls;

namespace MutualAid.Chaincode.Tests.EndToEnd.TimeAttacks;

/// <summary>
/// The honest part of a claim attack, on the machine's clock: a pool of its own, an NGO member with a payout destination
/// and funds, and the member's claim, filed by the NGO and then taken as far as the attack needs by the insurer.
/// </summary>
internal sealed class ClaimScenario
{
    public const long Claimed = 50_000;

    private readonly TimeAttack _attack;

    private ClaimScenario(TimeAttack attack, string poolId, string memberId, DateOnly joinDate)
    {
        _attack = attack;
        PoolId = poolId;
        MemberId = memberId;
        JoinDate = joinDate;
    }

    public string PoolId { get; }

    public string MemberId { get; }

    public DateOnly JoinDate { get; }

    public string ClaimId { get; private set; } = string.Empty;

    public static string Destination(string poolId) => Hash("iban-" + poolId);

    /// <summary>A pool (with <paramref name="noticeWindowDays"/>) and its funded NGO member, without a claim.</summary>
    public static async Task<ClaimScenario> EnrolledAsync(TimeAttack attack, string poolId, int noticeWindowDays = 0)
    {
        ArgumentNullException.ThrowIfNull(attack);
        await attack.SubmitAsync(InsurerMsp, "Delegate", "CreatePool", CreatePool(poolId, noticeWindowDays));
        var member = await attack.SubmitAsync(NgoMsp, "Caseworker", "EnrollMember", EnrollMember(poolId, poolId + "-member", Destination(poolId)));
        var memberId = Text(member, "memberId");
        await attack.SubmitAsync(NgoMsp, "Caseworker", "RecordContribution", RecordContribution(memberId, 200_000, "IN-" + poolId));
        return new ClaimScenario(attack, poolId, memberId, DateOnly.Parse(Text(member, "joinDate"), CultureInfo.InvariantCulture));
    }

    /// <summary>As <see cref="EnrolledAsync"/>, with the member's claim filed by the NGO for an event on the join date.</summary>
    public static async Task<ClaimScenario> FiledAsync(TimeAttack attack, string poolId, int noticeWindowDays = 0)
    {
        var scenario = await EnrolledAsync(attack, poolId, noticeWindowDays);
        var claim = await attack.SubmitAsync(NgoMsp, "Caseworker", "SubmitClaim", SubmitClaim(scenario.MemberId, scenario.JoinDate, Claimed), WithDetails());
        scenario.ClaimId = Text(claim, "claimId");
        return scenario;
    }

    /// <summary>The claim details every claim sends as transient data.</summary>
    public static ProposalOptions WithDetails() => new ProposalOptions().WithTransient(DetailsTransientKey, "diagnosis: fracture; confidential");

    public async Task StartReviewAsync() => await _attack.SubmitAsync(InsurerMsp, "Assessor", "StartReview", Claim(ClaimId));

    /// <summary>The insurer approves in full: k = 1, so the claim is Noticed (Approved once finalized).</summary>
    public async Task ApproveAsync() => await _attack.SubmitAsync(InsurerMsp, "Assessor", "EndorseClaim", Approve(ClaimId, Claimed));

    public async Task FinalizeAsync() => await _attack.SubmitAsync(InsurerMsp, "Coordinator", "FinalizeClaim", Claim(ClaimId));

    /// <summary>The claim as an honest reader sees it now.</summary>
    public Task<byte[]> ReadAsync() => _attack.EvaluateAsync(NgoMsp, "Caseworker", "GetClaim", Claim(ClaimId));
}
