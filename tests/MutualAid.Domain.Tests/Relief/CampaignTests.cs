using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Relief;

public sealed class CampaignTests
{
    private TestChain _chain = null!;
    private ReliefSteps _r = null!;

    [SetUp]
    public void SetUp()
    {
        _chain = new TestChain();
        _r = new ReliefSteps(_chain);
        _r.CreatePool();
    }

    [Test]
    public void DeclareCampaign_Valid_RecordsTriggerEvidenceAndWindowCommitment()
    {
        var campaign = _r.Declare();

        Assert.Multiple(() =>
        {
            Assert.That(campaign.Trigger.Region, Is.EqualTo("KE-030"));
            Assert.That(campaign.CoordinatorOrg, Is.EqualTo(Actors.Ngo));
            Assert.That(campaign.Status, Is.EqualTo(CampaignStatus.Open));
        });
    }

    [Test]
    public void DeclareCampaign_OnHealthPool_FailsInvalidCampaign()
    {
        new Scenario(_chain).CreatePool();

        _chain.Fails(ErrorCodes.InvalidCampaign, Actors.Coordinator(Actors.Ngo), "DeclareCampaign", _r.DeclareArgs(poolId: Scenario.PoolId));
    }

    [Test]
    public void DeclareCampaign_SameIdTwice_FailsCampaignAlreadyExists()
    {
        _r.Declare();

        _chain.Fails(ErrorCodes.CampaignAlreadyExists, Actors.Coordinator(Actors.Ngo), "DeclareCampaign", _r.DeclareArgs());
    }

    [Test]
    public void DeclareCampaign_OtherSaltInSameWindow_FailsSaltCommitmentMismatch()
    {
        _r.Declare();

        _chain.Fails(ErrorCodes.SaltCommitmentMismatch, Actors.Coordinator(Actors.InsurerB), "DeclareCampaign",
            _r.DeclareArgs("flood-b", salt: Scenario.Hash("other-salt")));
    }

    [Test]
    public void DeclareCampaign_FastPathCapAboveBudget_FailsInvalidCampaign()
        => _chain.Fails(ErrorCodes.InvalidCampaign, Actors.Coordinator(Actors.Ngo), "DeclareCampaign", _r.DeclareArgs(fastPerCampaign: 200_000));

    [Test]
    public void DeclareCampaign_ByOutsider_FailsForbiddenOrganization()
        => _chain.Fails(ErrorCodes.ForbiddenOrganization, Actors.Coordinator(Actors.Outsider), "DeclareCampaign", _r.DeclareArgs());

    [Test]
    public void FundCampaign_SameReferenceTwice_IsIdempotent()
    {
        _r.Declare();
        var first = _r.Fund("flood-a", 50_000, "DONOR-1");
        var commits = _chain.Ledger.Log.Count;

        var again = _r.Fund("flood-a", 50_000, "DONOR-1");

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(first));
            Assert.That(_chain.Ledger.Log, Has.Count.EqualTo(commits + 1));
            Assert.That(_chain.Ledger.Log[^1].Writes, Is.Empty);
        });
    }

    [Test]
    public void FundCampaign_ReferenceReusedForOtherAmount_FailsDuplicatePaymentReference()
    {
        _r.Declare();
        _r.Fund("flood-a", 50_000, "DONOR-1");

        _chain.Fails(ErrorCodes.DuplicatePaymentReference, Actors.Coordinator(Actors.InsurerA), "FundCampaign",
            new { campaignId = "flood-a", amount = Scenario.Eur(1), paymentReference = "DONOR-1" });
    }

    [Test]
    public void CloseCampaign_BeforeEnd_FailsCampaignStillOpen()
    {
        _r.Declare();

        _chain.Fails(ErrorCodes.CampaignStillOpen, Actors.Delegate(), "CloseCampaign", new { campaignId = "flood-a" });
    }

    [Test]
    public void CloseCampaign_AfterEnd_StopsDisbursements()
    {
        _r.Declare();
        _r.Fund("flood-a", 50_000);
        _chain.AdvanceDays(31);

        var closed = _chain.Ok(Actors.Delegate(), "CloseCampaign", new { campaignId = "flood-a" }, DomainJsonContext.Default.Campaign);

        Assert.That(closed.Status, Is.EqualTo(CampaignStatus.Closed));
        _chain.Fails(ErrorCodes.CampaignClosed, Actors.Coordinator(Actors.Ngo), "DisburseRelief", ReliefSteps.BatchArgs("flood-a", true, _r.Order("b1", 100)));
    }
}
