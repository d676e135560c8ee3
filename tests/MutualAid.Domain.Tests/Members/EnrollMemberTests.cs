using MutualAid.Domain.Errors;
using MutualAid.Domain.Model;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Members;

public sealed class EnrollMemberTests
{
    private TestChain _chain = null!;
    private Scenario _s = null!;

    [SetUp]
    public void SetUp()
    {
        _chain = new TestChain();
        _s = new Scenario(_chain);
        _s.CreatePool();
    }

    [Test]
    public void EnrollMember_ByCaseworker_CreatesActiveMemberOfCallerOrgJoinedToday()
    {
        var member = _s.Enroll();

        Assert.Multiple(() =>
        {
            Assert.That(member.MemberId, Does.Match("^MBR-[0-9A-F]{16}$"));
            Assert.That(member.OrgMsp, Is.EqualTo(Actors.Ngo));
            Assert.That(member.JoinDate, Is.EqualTo(_chain.Today));
            Assert.That(member.Status, Is.EqualTo(MemberStatus.Active));
        });
    }

    [Test]
    public void EnrollMember_SameKycTwice_FailsMemberAlreadyEnrolled()
    {
        _s.Enroll(kycSeed: "alice");

        _chain.Fails(ErrorCodes.MemberAlreadyEnrolled, Actors.Caseworker(), "EnrollMember",
            new { poolId = Scenario.PoolId, kycHash = Scenario.Hash("alice"), consentHash = Scenario.Hash("c") });
    }

    [Test]
    public void EnrollMember_UnknownPool_FailsPoolNotFound()
        => _chain.Fails(ErrorCodes.PoolNotFound, Actors.Caseworker(), "EnrollMember",
            new { poolId = "nope", kycHash = Scenario.Hash("k"), consentHash = Scenario.Hash("c") });

    [Test]
    public void EnrollMember_CaseworkerOfNonParticipant_FailsForbiddenOrganization()
        => _chain.Fails(ErrorCodes.ForbiddenOrganization, Actors.Caseworker(Actors.Outsider), "EnrollMember",
            new { poolId = Scenario.PoolId, kycHash = Scenario.Hash("k"), consentHash = Scenario.Hash("c") });

    [Test]
    public void EnrollMember_PlainNameInsteadOfHash_FailsInvalidArgument()
        => _chain.Fails(ErrorCodes.InvalidArgument, Actors.Caseworker(), "EnrollMember",
            new { poolId = Scenario.PoolId, kycHash = "Alice Smith", consentHash = Scenario.Hash("c") });

    [Test]
    public void EnrollMember_ThroughOnlyInsurer_FailsEndorsementQuorumUnreachable()
    {
        var orgs = new[] { new { mspId = Actors.InsurerA, kind = OrgKind.Insurer }, new { mspId = Actors.Ngo, kind = OrgKind.Ngo } };
        _chain.Ok(Actors.Delegate(), "CreatePool", Scenario.PoolArgs(Scenario.DefaultParameters with { EndorsementThreshold = 1 }, "solo-insurer", organizations: orgs),
            Json.DomainJsonContext.Default.Pool);

        _chain.Fails(ErrorCodes.EndorsementQuorumUnreachable, Actors.Caseworker(Actors.InsurerA), "EnrollMember",
            new { poolId = "solo-insurer", kycHash = Scenario.Hash("k"), consentHash = Scenario.Hash("c") });
    }
}
