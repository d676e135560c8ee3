using System.Text;
using AssetTransferBasic;
using Fabric.Protos.Peer;
using Fabric.Shim.Contracts;
using Fabric.Shim.Testing;
using Fabric.Shim.Tests.Support;

namespace Fabric.Shim.Tests.Sample;

public sealed class AssetTransferBasicTests
{
    private InMemoryLedger _ledger = null!;
    private ShimHarness _harness = null!;

    [SetUp]
    public async Task SetUp()
    {
        _ledger = new InMemoryLedger();
        _harness = await ShimHarness.StartAsync(new ContractChaincode(new AssetTransferContract()));
    }

    [TearDown]
    public async Task TearDown() => await _harness.DisposeAsync();

    private async Task<Response> CallAsync(params string[] args) =>
        Messages.ResponseOf(await _harness.RunAsync(_ledger, ShimHarness.Transaction(args)));

    [Test]
    public async Task InitLedger_ThenReadAsset_ReturnsSortedKeyJsonWithDocType()
    {
        await CallAsync("InitLedger");

        var response = await CallAsync("ReadAsset", "asset1");

        Assert.That(response.Status, Is.EqualTo(200));
        Assert.That(response.Payload.ToStringUtf8(),
            Is.EqualTo("{\"AppraisedValue\":300,\"Color\":\"blue\",\"ID\":\"asset1\",\"Owner\":\"Tomoko\",\"Size\":5,\"docType\":\"asset\"}"));
    }

    [Test]
    public async Task CreateAsset_New_StoresSortedKeyJson()
    {
        var response = await CallAsync("CreateAsset", "asset7", "purple", "20", "Ada", "900");

        Assert.That(response.Status, Is.EqualTo(200));
        Assert.That(Encoding.UTF8.GetString(_ledger.Read("asset7")!),
            Is.EqualTo("{\"AppraisedValue\":900,\"Color\":\"purple\",\"ID\":\"asset7\",\"Owner\":\"Ada\",\"Size\":20}"));
    }

    [Test]
    public async Task CreateAsset_Existing_Answers500AlreadyExists()
    {
        await CallAsync("InitLedger");

        var response = await CallAsync("CreateAsset", "asset1", "blue", "5", "Tomoko", "300");

        Assert.That(response.Status, Is.EqualTo(500));
        Assert.That(response.Message, Is.EqualTo("The asset asset1 already exists"));
    }

    [Test]
    public async Task CreateAsset_SizeNotANumber_Answers400()
    {
        var response = await CallAsync("CreateAsset", "asset7", "purple", "big", "Ada", "900");

        Assert.That(response.Status, Is.EqualTo(400));
        Assert.That(response.Message, Does.Contain("size"));
    }

    [Test]
    public async Task ReadAsset_Missing_Answers500DoesNotExist()
    {
        var response = await CallAsync("ReadAsset", "nope");

        Assert.That(response.Status, Is.EqualTo(500));
        Assert.That(response.Message, Is.EqualTo("The asset nope does not exist"));
    }

    [Test]
    public async Task TransferAsset_Existing_ReturnsOldOwnerAndKeepsSortedJson()
    {
        await CallAsync("InitLedger");

        var response = await CallAsync("TransferAsset", "asset2", "Christopher");

        Assert.That(response.Payload.ToStringUtf8(), Is.EqualTo("Brad"));
        Assert.That(Encoding.UTF8.GetString(_ledger.Read("asset2")!),
            Is.EqualTo("{\"AppraisedValue\":400,\"Color\":\"red\",\"ID\":\"asset2\",\"Owner\":\"Christopher\",\"Size\":5,\"docType\":\"asset\"}"));
    }

    [Test]
    public async Task UpdateDeleteExists_Lifecycle_BehavesLikeFabricSample()
    {
        await CallAsync("CreateAsset", "a1", "blue", "1", "Tom", "10");

        var update = await CallAsync("UpdateAsset", "a1", "green", "2", "Ann", "20");
        var updated = await CallAsync("ReadAsset", "a1");
        var exists = await CallAsync("AssetExists", "a1");
        var delete = await CallAsync("DeleteAsset", "a1");
        var gone = await CallAsync("AssetExists", "a1");
        var deleteAgain = await CallAsync("DeleteAsset", "a1");
        var updateMissing = await CallAsync("UpdateAsset", "a1", "green", "2", "Ann", "20");

        Assert.That(update.Status, Is.EqualTo(200));
        Assert.That(updated.Payload.ToStringUtf8(), Is.EqualTo("{\"AppraisedValue\":20,\"Color\":\"green\",\"ID\":\"a1\",\"Owner\":\"Ann\",\"Size\":2}"));
        Assert.That(exists.Payload.ToStringUtf8(), Is.EqualTo("true"));
        Assert.That(delete.Status, Is.EqualTo(200));
        Assert.That(gone.Payload.ToStringUtf8(), Is.EqualTo("false"));
        Assert.That(deleteAgain.Message, Is.EqualTo("The asset a1 does not exist"));
        Assert.That(updateMissing.Message, Is.EqualTo("The asset a1 does not exist"));
    }

    [Test]
    public async Task GetAllAssets_AfterInitLedger_ReturnsJsonArrayInKeyOrder()
    {
        await CallAsync("InitLedger");

        var response = await CallAsync("AssetTransferContract:GetAllAssets");

        var json = response.Payload.ToStringUtf8();
        Assert.That(json, Does.StartWith("[{\"AppraisedValue\":300,\"Color\":\"blue\",\"ID\":\"asset1\""));
        Assert.That(json, Does.EndWith("\"ID\":\"asset6\",\"Owner\":\"Michel\",\"Size\":15,\"docType\":\"asset\"}]"));
        Assert.That(System.Text.Json.JsonDocument.Parse(json).RootElement.GetArrayLength(), Is.EqualTo(6));
    }
}
