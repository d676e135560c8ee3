using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Queries;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Appeals;

public sealed class AppealTests
{
    private TestChain _chain = null!;
    private Scenario _s = null!;
    private List<Member> _jurors = null!;
    private Member _sameOrgJuror = null!;
    private Member _claimant = null!;
    private Claim _rejected = null!;

    [SetUp]
    public void SetUp()
    {
        _chain = new TestChain();
        _s = new Scenario(_chain);
        _s.CreatePool();
        _jurors =
        [
            _s.Enroll(Actors.Caseworker(Actors.InsurerA)), _s.Enroll(Actors.Caseworker(Actors.InsurerA)),
            _s.Enroll(Actors.Caseworker(Actors.InsurerB)), _s.Enroll(Actors.Caseworker(Actors.InsurerB)),
        ];
        _sameOrgJuror = _s.Enroll(Actors.Caseworker(Actors.Ngo));
        (_claimant, var claim) = _s.FiledClaim();
        _s.StartReview(claim);
        _rejected = _chain.Ok(Actors.Assessor(Actors.InsurerA), "EndorseClaim", Scenario.Rejection(claim), DomainJsonContext.Default.Claim);
    }

    private object AppealArgs() => new { claimId = _rejected.ClaimId, reasonCode = "WRONGLY_DENIED", evidenceRef = Scenario.Hash("appeal") };

    private Claim Appeal() => _chain.Ok(Actors.Caseworker(Actors.Ngo), "AppealClaim", AppealArgs(), DomainJsonContext.Default.Claim);

    private static object Ballot(Claim claim, Member juror, JuryVote vote)
        => new { claimId = claim.ClaimId, jurorMemberId = juror.MemberId, vote, reasonCode = "READ_EVIDENCE", evidenceRef = Scenario.Hash("why-" + juror.MemberId) };

    private JuryBallot Vote(Member juror, JuryVote vote)
        => _chain.Ok(Actors.Caseworker(juror.OrgMsp), "CastJuryBallot", Ballot(_rejected, juror, vote), DomainJsonContext.Default.JuryBallot);

    private Claim Resolve() => _chain.Ok(Actors.Coordinator(Actors.InsurerB), "ResolveAppeal", new { claimId = _rejected.ClaimId }, DomainJsonContext.Default.Claim);

    private AppealView View() => _chain.Ok(Actors.Auditor(), "GetAppeal", new { claimId = _rejected.ClaimId }, DomainJsonContext.Default.AppealView);

    [Test]
    public void Rejection_SetsAppealDeadline_AndDoesNotCountAsOpen()
    {
        var member = _chain.Ok(Actors.Auditor(), "GetMemberStatement", new { memberId = _claimant.MemberId }, DomainJsonContext.Default.MemberStatement).Member;

        Assert.Multiple(() =>
        {
            Assert.That(_rejected.Status, Is.EqualTo(ClaimStatus.Rejected));
            Assert.That(_rejected.AppealEndsAt, Is.EqualTo(_chain.Now.AddDays(14)));
            Assert.That(member.OpenClaims, Is.Zero);
        });
    }

    [Test]
    public void AppealClaim_WithinWindow_MovesToAppealedAndReopensTheClaim()
    {
        _chain.AdvanceDays(14);

        var appealed = Appeal();

        var view = View();
        var member = _chain.Ok(Actors.Auditor(), "GetMemberStatement", new { memberId = _claimant.MemberId }, DomainJsonContext.Default.MemberStatement).Member;
        Assert.Multiple(() =>
        {
            Assert.That(appealed.Status, Is.EqualTo(ClaimStatus.Appealed));
            Assert.That(view.Appeal.RejectionOutcome, Is.EqualTo("ENDORSEMENT_THRESHOLD_UNREACHABLE"));
            Assert.That(view.Appeal.VotingEndsAt, Is.EqualTo(_chain.Now.AddDays(7)));
            Assert.That(view.Appeal.EligibleJoinedBy, Is.EqualTo(_chain.Now.AddDays(-30)));
            Assert.That(member.OpenClaims, Is.EqualTo(1));
        });
    }

    [Test]
    public void AppealClaim_AfterWindow_FailsAppealWindowClosed()
    {
        _chain.AdvanceDays(15);

        _chain.Fails(ErrorCodes.AppealWindowClosed, Actors.Caseworker(Actors.Ngo), "AppealClaim", AppealArgs());
    }

    [Test]
    public void AppealClaim_ByAnotherOrganization_FailsForbiddenOrganization()
        => _chain.Fails(ErrorCodes.ForbiddenOrganization, Actors.Caseworker(Actors.InsurerA), "AppealClaim", AppealArgs());

    [Test]
    public void AppealClaim_SecondTime_FailsAppealAlreadyFiled()
    {
        Appeal();
        _chain.AdvanceDays(8);
        Resolve();

        _chain.Fails(ErrorCodes.AppealAlreadyFiled, Actors.Caseworker(Actors.Ngo), "AppealClaim", AppealArgs());
    }

    [Test]
    public void AppealClaim_ClaimNotRejected_FailsInvalidClaimTransition()
    {
        var (_, filed) = _s.FiledClaim();

        _chain.Fails(ErrorCodes.InvalidClaimTransition, Actors.Caseworker(Actors.Ngo), "AppealClaim",
            new { claimId = filed.ClaimId, reasonCode = "X", evidenceRef = Scenario.Hash("x") });
    }

    [Test]
    public void CastJuryBallot_JurorFromClaimantsOrganization_FailsConflictOfInterest()
    {
        Appeal();

        _chain.Fails(ErrorCodes.ConflictOfInterest, Actors.Caseworker(Actors.Ngo), "CastJuryBallot", Ballot(_rejected, _sameOrgJuror, JuryVote.Uphold));
    }

    [Test]
    public void CastJuryBallot_TheClaimantThemself_FailsConflictOfInterest()
    {
        Appeal();

        _chain.Fails(ErrorCodes.ConflictOfInterest, Actors.Caseworker(Actors.Ngo), "CastJuryBallot", Ballot(_rejected, _claimant, JuryVote.Uphold));
    }

    [Test]
    public void CastJuryBallot_MemberTooRecent_FailsJurorNotEligible()
    {
        var recent = _s.Enroll(Actors.Caseworker(Actors.InsurerA));
        Appeal();

        _chain.Fails(ErrorCodes.JurorNotEligible, Actors.Caseworker(Actors.InsurerA), "CastJuryBallot", Ballot(_rejected, recent, JuryVote.Uphold));
    }

    [Test]
    public void CastJuryBallot_ForAnotherOrganizationsMember_FailsForbiddenOrganization()
    {
        Appeal();

        _chain.Fails(ErrorCodes.ForbiddenOrganization, Actors.Caseworker(Actors.InsurerB), "CastJuryBallot", Ballot(_rejected, _jurors[0], JuryVote.Uphold));
    }

    [Test]
    public void CastJuryBallot_Twice_FailsAlreadyVoted()
    {
        Appeal();
        Vote(_jurors[0], JuryVote.Uphold);

        _chain.Fails(ErrorCodes.AlreadyVoted, Actors.Caseworker(Actors.InsurerA), "CastJuryBallot", Ballot(_rejected, _jurors[0], JuryVote.Dismiss));
    }

    [Test]
    public void CastJuryBallot_AfterDeadline_FailsAppealVotingClosed()
    {
        Appeal();
        _chain.AdvanceDays(7);
        _chain.Advance(TimeSpan.FromSeconds(1));

        _chain.Fails(ErrorCodes.AppealVotingClosed, Actors.Caseworker(Actors.InsurerA), "CastJuryBallot", Ballot(_rejected, _jurors[0], JuryVote.Uphold));
    }

    [Test]
    public void CastJuryBallot_EarlyBallot_LeavesDeadline()
    {
        Appeal();
        var deadline = View().Appeal.VotingEndsAt;

        Vote(_jurors[0], JuryVote.Uphold);

        Assert.That(View().Appeal.VotingEndsAt, Is.EqualTo(deadline));
    }

    [Test]
    public void CastJuryBallot_InFinalWindow_ExtendsDeadline()
    {
        Appeal();
        _chain.AdvanceDays(6);
        _chain.Advance(TimeSpan.FromHours(12));

        Vote(_jurors[0], JuryVote.Dismiss);

        var appeal = View().Appeal;
        Assert.Multiple(() =>
        {
            Assert.That(appeal.VotingEndsAt, Is.EqualTo(_chain.Now.AddHours(24)));
            Assert.That(appeal.Extensions, Is.EqualTo(1));
        });
    }

    [Test]
    public void ResolveAppeal_BeforeDeadline_FailsAppealVotingOpen()
    {
        Appeal();

        _chain.Fails(ErrorCodes.AppealVotingOpen, Actors.Coordinator(), "ResolveAppeal", new { claimId = _rejected.ClaimId });
    }

    [Test]
    public void ResolveAppeal_WithoutAppeal_FailsAppealNotFound()
        => _chain.Fails(ErrorCodes.AppealNotFound, Actors.Coordinator(), "ResolveAppeal", new { claimId = _rejected.ClaimId });

    [Test]
    public void ResolveAppeal_MajorityUpholds_ApprovesClaimedAmountAndIsPayable()
    {
        Appeal();
        Vote(_jurors[0], JuryVote.Uphold);
        Vote(_jurors[1], JuryVote.Uphold);
        Vote(_jurors[2], JuryVote.Dismiss);
        _chain.AdvanceDays(8);

        var approved = Resolve();
        var paid = _s.Pay(approved, approved.ApprovedAmount!.Value.Amount);

        Assert.Multiple(() =>
        {
            Assert.That(approved.Status, Is.EqualTo(ClaimStatus.Approved));
            Assert.That(approved.ApprovedAmount, Is.EqualTo(_rejected.ClaimedAmount));
            Assert.That(approved.Outcome, Is.Null);
            Assert.That(View().Appeal.Outcome, Is.EqualTo("APPEAL_UPHELD"));
            Assert.That(paid.Status, Is.EqualTo(ClaimStatus.Closed));
        });
    }

    [Test]
    public void ResolveAppeal_MajorityDismisses_RejectionStandsAsFinal()
    {
        Appeal();
        Vote(_jurors[0], JuryVote.Dismiss);
        Vote(_jurors[1], JuryVote.Dismiss);
        Vote(_jurors[2], JuryVote.Uphold);
        _chain.AdvanceDays(8);

        var final = Resolve();

        Assert.Multiple(() =>
        {
            Assert.That(final.Status, Is.EqualTo(ClaimStatus.Final));
            Assert.That(final.Outcome, Is.EqualTo("APPEAL_DISMISSED"));
        });
    }

    [Test]
    public void ResolveAppeal_Tie_RejectionStandsAsFinal()
    {
        Appeal();
        Vote(_jurors[0], JuryVote.Uphold);
        Vote(_jurors[1], JuryVote.Uphold);
        Vote(_jurors[2], JuryVote.Dismiss);
        Vote(_jurors[3], JuryVote.Dismiss);
        _chain.AdvanceDays(8);

        var final = Resolve();

        Assert.Multiple(() =>
        {
            Assert.That(final.Status, Is.EqualTo(ClaimStatus.Final));
            Assert.That(final.Outcome, Is.EqualTo("APPEAL_TIED"));
        });
    }

    [Test]
    public void ResolveAppeal_QuorumMissed_RejectionStandsAsFinal()
    {
        Appeal();
        Vote(_jurors[0], JuryVote.Uphold);
        Vote(_jurors[1], JuryVote.Uphold);
        _chain.AdvanceDays(8);

        var final = Resolve();
        var member = _chain.Ok(Actors.Auditor(), "GetMemberStatement", new { memberId = _claimant.MemberId }, DomainJsonContext.Default.MemberStatement).Member;

        Assert.Multiple(() =>
        {
            Assert.That(final.Status, Is.EqualTo(ClaimStatus.Final));
            Assert.That(final.Outcome, Is.EqualTo("APPEAL_QUORUM_MISSED"));
            Assert.That(member.OpenClaims, Is.Zero);
        });
    }

    [Test]
    public void CloseRejectedClaim_InsideAppealWindow_FailsAppealWindowOpen()
        => _chain.Fails(ErrorCodes.AppealWindowOpen, Actors.Assessor(Actors.InsurerB), "CloseRejectedClaim", new { claimId = _rejected.ClaimId });

    [Test]
    public void CloseRejectedClaim_AfterAppealWindow_FinalKeepsRejectionOutcome()
    {
        _chain.AdvanceDays(15);

        var final = _chain.Ok(Actors.Caseworker(Actors.InsurerB), "CloseRejectedClaim", new { claimId = _rejected.ClaimId }, DomainJsonContext.Default.Claim);

        Assert.Multiple(() =>
        {
            Assert.That(final.Status, Is.EqualTo(ClaimStatus.Final));
            Assert.That(final.Outcome, Is.EqualTo("ENDORSEMENT_THRESHOLD_UNREACHABLE"));
        });
    }
}
