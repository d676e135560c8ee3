using System.Security.Cryptography;
using System.Text;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Claims;

public sealed class SubmitClaimTests
{
    private TestChain _chain = null!;
    private Scenario _s = null!;
    private Member _member = null!;

    [SetUp]
    public void SetUp()
    {
        _chain = new TestChain();
        _chain.PrivateMarkers.Add("diagnosis: confidential");
        _s = new Scenario(_chain);
        _s.CreatePool();
        _member = _s.Enroll();
        _s.Contribute(_member, 10_000);
        _chain.AdvanceDays(31);
    }

    private DomainResponseAssert Submit(long amount, DateOnly eventDate, Dictionary<string, byte[]>? transient = null, Member? member = null)
        => new(_chain.Invoke(Actors.Caseworker((member ?? _member).OrgMsp), "SubmitClaim", Scenario.ClaimArgs(member ?? _member, amount, eventDate),
            transient ?? TestChain.Details("diagnosis: confidential")));

    [Test]
    public void SubmitClaim_Eligible_FilesClaimWithDetailsHashAndPrivateDetails()
    {
        var claim = _s.Submit(_member, 100_000);

        var expectedHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("diagnosis: confidential")));
        Assert.Multiple(() =>
        {
            Assert.That(claim.ClaimId, Does.Match("^CLM-[0-9A-F]{16}$"));
            Assert.That(claim.Status, Is.EqualTo(ClaimStatus.Filed));
            Assert.That(claim.DetailsHash, Is.EqualTo(expectedHash));
            Assert.That(claim.PayoutDestinationHash, Is.EqualTo(_member.PayoutDestinationHash));
            Assert.That(claim.FilingOrg, Is.EqualTo(Actors.Ngo));
            Assert.That(_chain.Ledger.GetPrivate(Keys.ClaimDetailsCollection, Keys.ClaimDetails(claim.ClaimId)), Is.Not.Null);
        });
    }

    [Test]
    public void SubmitClaim_WithoutTransientDetails_FailsClaimDetailsMissing()
        => Submit(100, _chain.Today, []).Fails(ErrorCodes.ClaimDetailsMissing);

    [Test]
    public void SubmitClaim_EventTomorrow_FailsEventDateInFuture()
        => Submit(100, _chain.Today.AddDays(1)).Fails(ErrorCodes.EventDateInFuture);

    [Test]
    public void SubmitClaim_EventBeforeJoining_FailsMemberNotCoveredOnEventDate()
        => Submit(100, _member.JoinDate.AddDays(-1)).Fails(ErrorCodes.MemberNotCoveredOnEventDate);

    [Test]
    public void SubmitClaim_EventInWaitingPeriod_FailsWaitingPeriodNotElapsed()
        => Submit(100, _member.JoinDate.AddDays(29)).Fails(ErrorCodes.WaitingPeriodNotElapsed);

    [Test]
    public void SubmitClaim_FirstCoveredDay_IsAccepted()
        => Assert.That(Submit(100, _member.JoinDate.AddDays(30)).Response.Status, Is.EqualTo(200));

    [Test]
    public void SubmitClaim_AfterFilingDeadline_FailsFilingDeadlinePassed()
    {
        var eventDate = _chain.Today;
        _chain.AdvanceDays(181);

        Submit(100, eventDate).Fails(ErrorCodes.FilingDeadlinePassed);
    }

    [Test]
    public void SubmitClaim_AboveClaimCap_FailsBenefitCapExceeded()
        => Submit(500_001, _chain.Today).Fails(ErrorCodes.BenefitCapExceeded);

    [Test]
    public void SubmitClaim_AboveRemainingLifetimeBenefit_FailsLifetimeCapExceeded()
    {
        var pool = Scenario.DefaultParameters with { MaxBenefitPerMemberLifetime = 500_000 };
        _s.CreatePool(pool, poolId: "tight-pool");
        var member = _s.Enroll(poolId: "tight-pool");
        _s.Contribute(member, 900_000);
        _chain.AdvanceDays(31);
        var first = _s.Submit(member, 400_000);
        _s.StartReview(first);
        _s.Endorse(first, Actors.InsurerA, 400_000);
        _s.Endorse(first, Actors.InsurerB, 400_000);

        Submit(100_001, _chain.Today, member: member).Fails(ErrorCodes.LifetimeCapExceeded);
    }

    [Test]
    public void SubmitClaim_BeyondAttempts_FailsClaimAttemptsExceeded()
    {
        _s.Submit(_member, 100);
        _s.Submit(_member, 100);

        Submit(100, _chain.Today).Fails(ErrorCodes.ClaimAttemptsExceeded);
    }

    [Test]
    public void SubmitClaim_NoPayoutDestination_FailsPayoutDestinationMissing()
    {
        var member = _s.Enroll(destination: false);
        _chain.AdvanceDays(31);

        Submit(100, _chain.Today, member: member).Fails(ErrorCodes.PayoutDestinationMissing);
    }

    [Test]
    public void SubmitClaim_ExitedMember_FailsMemberNotActive()
    {
        _chain.Ok(Actors.Caseworker(), "ExitMember", new { memberId = _member.MemberId }, Json.DomainJsonContext.Default.Member);

        Submit(100, _chain.Today.AddDays(-1)).Fails(ErrorCodes.MemberNotActive);
    }

    [Test]
    public void SubmitClaim_OtherCurrency_FailsCurrencyMismatch()
        => _chain.Fails(ErrorCodes.CurrencyMismatch, Actors.Caseworker(), "SubmitClaim",
            new { memberId = _member.MemberId, eventDate = _chain.Today, claimedAmount = new Money(100, "CNY"), evidenceHashes = new[] { Scenario.Hash("e") } },
            TestChain.Details("x"));

    [Test]
    public void SubmitClaim_ByOtherOrganization_FailsForbiddenOrganization()
        => _chain.Fails(ErrorCodes.ForbiddenOrganization, Actors.Caseworker(Actors.InsurerA), "SubmitClaim",
            Scenario.ClaimArgs(_member, 100, _chain.Today), TestChain.Details("x"));

    [Test]
    public void SubmitClaim_NoEvidence_FailsInvalidArgument()
        => _chain.Fails(ErrorCodes.InvalidArgument, Actors.Caseworker(), "SubmitClaim",
            new { memberId = _member.MemberId, eventDate = _chain.Today, claimedAmount = Scenario.Eur(100), evidenceHashes = Array.Empty<string>() },
            TestChain.Details("x"));

    [Test]
    public void SubmitClaim_UnknownMember_FailsMemberNotFound()
        => _chain.Fails(ErrorCodes.MemberNotFound, Actors.Caseworker(), "SubmitClaim",
            new { memberId = "MBR-0", eventDate = _chain.Today, claimedAmount = Scenario.Eur(100), evidenceHashes = new[] { Scenario.Hash("e") } },
            TestChain.Details("x"));

    private sealed record DomainResponseAssert(Routing.DomainResponse Response)
    {
        public void Fails(string code) => Assert.That(Response.ErrorCode, Is.EqualTo(code), Response.Message);
    }
}
