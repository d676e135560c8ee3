using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Members;

public sealed class PayoutDestinationTests
{
    [Test]
    public void RegisterPayoutDestination_FirstTime_StoresHashWithTimestamp()
    {
        var chain = new TestChain();
        var s = new Scenario(chain);
        s.CreatePool();
        var member = s.Enroll(destination: false);

        var updated = chain.Ok(Actors.Caseworker(), "RegisterPayoutDestination",
            new { memberId = member.MemberId, destinationHash = Scenario.Hash("iban") }, DomainJsonContext.Default.Member);

        Assert.Multiple(() =>
        {
            Assert.That(updated.PayoutDestinationHash, Is.EqualTo(Scenario.Hash("iban")));
            Assert.That(updated.DestinationRegisteredAt, Is.EqualTo(chain.Now));
        });
    }

    [Test]
    public void RegisterPayoutDestination_Again_FailsPayoutDestinationAlreadyRegistered()
    {
        var chain = new TestChain();
        var s = new Scenario(chain);
        s.CreatePool();
        var member = s.Enroll();

        chain.Fails(ErrorCodes.PayoutDestinationAlreadyRegistered, Actors.Caseworker(), "RegisterPayoutDestination",
            new { memberId = member.MemberId, destinationHash = Scenario.Hash("other-iban") });
    }

    [Test]
    public void RegisterPayoutDestination_OtherOrganizationsMember_FailsForbiddenOrganization()
    {
        var chain = new TestChain();
        var s = new Scenario(chain);
        s.CreatePool();
        var member = s.Enroll(destination: false);

        chain.Fails(ErrorCodes.ForbiddenOrganization, Actors.Caseworker(Actors.InsurerB), "RegisterPayoutDestination",
            new { memberId = member.MemberId, destinationHash = Scenario.Hash("iban") });
    }

    [Test]
    public void RegisterPayoutDestination_UnknownMember_FailsMemberNotFound()
    {
        var chain = new TestChain();
        new Scenario(chain).CreatePool();

        chain.Fails(ErrorCodes.MemberNotFound, Actors.Caseworker(), "RegisterPayoutDestination",
            new { memberId = "MBR-0000000000000000", destinationHash = Scenario.Hash("iban") });
    }
}
