using MutualAid.Domain.Handlers;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.State;

namespace MutualAid.Domain.Tests.Support;

/// <summary>Builds the common steps of a claim's life on a <see cref="TestChain"/>, each asserting success.</summary>
public sealed class Scenario(TestChain chain)
{
    public const string Currency = "EUR";
    public const string PoolId = "health-2025";

    public TestChain Chain { get; } = chain;
    private int _refs;

    public static PoolParameters DefaultParameters { get; } = new()
    {
        Currency = Currency,
        WaitingPeriodDays = 30,
        FilingDeadlineDays = 180,
        MaxBenefitPerClaim = 500_000,
        MaxBenefitPerMemberLifetime = 800_000,
        ManagementFeeBps = 800,
        ReserveRatioBps = 0,
        EndorsementThreshold = 2,
        NoticeWindowDays = 7,
        RedemptionWindowDays = 30,
        MaxClaimAttemptsPerMember = 2,
    };

    public static object PoolArgs(PoolParameters? parameters = null, string poolId = PoolId, long opening = 0, object? organizations = null) => new
    {
        poolId,
        type = PoolType.HealthMutualAid,
        organizations = organizations ?? new[]
        {
            new { mspId = Actors.InsurerA, kind = OrgKind.Insurer },
            new { mspId = Actors.InsurerB, kind = OrgKind.Insurer },
            new { mspId = Actors.Ngo, kind = OrgKind.Ngo },
        },
        parameters = parameters ?? DefaultParameters,
        openingBalance = opening,
    };

    public static Money Eur(long amount) => new(amount, Currency);

    public static string Hash(string seed) => Hashes.Sha256Hex(seed);

    public Pool CreatePool(PoolParameters? parameters = null, long opening = 0, string poolId = PoolId)
        => Chain.Ok(Actors.Delegate(), "CreatePool", PoolArgs(parameters, poolId, opening), DomainJsonContext.Default.Pool);

    public Member Enroll(Caller? caseworker = null, string poolId = PoolId, string? kycSeed = null, bool destination = true)
    {
        var seed = kycSeed ?? $"kyc-{Chain.Ledger.Log.Count}";
        return Chain.Ok(caseworker ?? Actors.Caseworker(), "EnrollMember", new
        {
            poolId,
            kycHash = Hash(seed),
            consentHash = Hash("consent-" + seed),
            payoutDestinationHash = destination ? Hash("iban-" + seed) : null,
        }, DomainJsonContext.Default.Member);
    }

    public string NextRef(string prefix = "PAY") => $"{prefix}-{++_refs:D6}";

    public ContributionResult Contribute(Member member, long amount, string? reference = null)
        => Chain.Ok(Actors.Caseworker(member.OrgMsp), "RecordContribution",
            new { memberId = member.MemberId, amount = Eur(amount), paymentReference = reference ?? NextRef("IN") },
            DomainJsonContext.Default.ContributionResult);

    public static object ClaimArgs(Member member, long amount, DateOnly eventDate)
        => new { memberId = member.MemberId, eventDate, claimedAmount = Eur(amount), evidenceHashes = new[] { Hash("evidence-" + member.MemberId) } };

    public Claim Submit(Member member, long amount, DateOnly? eventDate = null)
        => Chain.Ok(Actors.Caseworker(member.OrgMsp), "SubmitClaim", ClaimArgs(member, amount, eventDate ?? Chain.Today),
            DomainJsonContext.Default.Claim, TestChain.Details("diagnosis: confidential"));

    public Claim StartReview(Claim claim, string assessorMsp = Actors.InsurerA)
        => Chain.Ok(Actors.Assessor(assessorMsp), "StartReview", new { claimId = claim.ClaimId }, DomainJsonContext.Default.Claim);

    public static object Approval(Claim claim, long amount) => new
    {
        claimId = claim.ClaimId, decision = EndorsementDecision.Approve, approvedAmount = Eur(amount),
        reasonCode = "COVERED_ILLNESS", evidenceRef = Hash("assessment-" + claim.ClaimId),
    };

    public static object Rejection(Claim claim) => new
    {
        claimId = claim.ClaimId, decision = EndorsementDecision.Reject, reasonCode = "NOT_COVERED", evidenceRef = Hash("rejection-" + claim.ClaimId),
    };

    public Claim Endorse(Claim claim, string msp, long amount)
        => Chain.Ok(Actors.Assessor(msp), "EndorseClaim", Approval(claim, amount), DomainJsonContext.Default.Claim);

    public Claim Finalize(Claim claim)
        => Chain.Ok(Actors.Assessor(Actors.InsurerA), "FinalizeClaim", new { claimId = claim.ClaimId }, DomainJsonContext.Default.Claim);

    /// <summary>An eligible member (past the waiting period) with contributions and a claim filed for today.</summary>
    public (Member Member, Claim Claim) FiledClaim(long amount = 100_000, long contribution = 1_000_000)
    {
        var member = Enroll();
        Contribute(member, contribution);
        Chain.AdvanceDays(DefaultParameters.WaitingPeriodDays + 1);
        return (member, Submit(member, amount));
    }

    /// <summary>A claim endorsed by InsurerA and InsurerB, now noticed.</summary>
    public (Member Member, Claim Claim) NoticedClaim(long amount = 100_000, long approvedA = 100_000, long approvedB = 100_000, long contribution = 1_000_000)
    {
        var (member, claim) = FiledClaim(amount, contribution);
        StartReview(claim);
        Endorse(claim, Actors.InsurerA, approvedA);
        return (member, Endorse(claim, Actors.InsurerB, approvedB));
    }

    /// <summary>A claim past its notice window and approved.</summary>
    public (Member Member, Claim Claim) ApprovedClaim(long amount = 100_000, long contribution = 1_000_000)
    {
        var (member, claim) = NoticedClaim(amount, amount, amount, contribution);
        Chain.AdvanceDays(DefaultParameters.NoticeWindowDays);
        return (member, Finalize(claim));
    }

    public object PayoutArgs(Claim claim, long amount, string? reference = null, string? destination = null) => new
    {
        claimId = claim.ClaimId, amount = Eur(amount), paymentReference = reference ?? NextRef("OUT"),
        destinationHash = destination ?? claim.PayoutDestinationHash,
    };

    public Claim Pay(Claim claim, long amount, string? reference = null)
        => Chain.Ok(Actors.Coordinator(), "RecordPayout", PayoutArgs(claim, amount, reference), DomainJsonContext.Default.Claim);
}
