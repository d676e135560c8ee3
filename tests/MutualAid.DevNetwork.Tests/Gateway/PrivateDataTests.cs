using System.Security.Cryptography;
using System.Text;
using Fabric.Msp.Signing;
using Fabric.Protos.GatewayApi;
using Fabric.Protos.Peer;
using Google.Protobuf;
using Grpc.Core;
using MutualAid.DevNetwork.Chaincode;
using MutualAid.DevNetwork.Simulation;

namespace MutualAid.DevNetwork.Tests.Gateway;

/// <summary>Private data collections: values only on member organizations' peers, hashes on every ledger.</summary>
[NonParallelizable]
[CancelAfter(60_000)]
public class PrivateDataTests
{
    private GatewayFixture _fixture = null!;

    [OneTimeSetUp]
    public async Task Start() => _fixture = await GatewayFixture.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _fixture.DisposeAsync();

    [Test]
    public async Task PutPrivate_ValueOnMemberPeersOnly_HashOnLedger_NothingInBlock()
    {
        var secret = "diagnosis: confidential " + Guid.NewGuid();

        var (code, block) = await SubmitAsync(_fixture.User(), ["pput", "shared", "patient-1"], secret);

        var channel = _fixture.Host.Network.Channels["mutualaid"];
        Assert.That(code, Is.EqualTo(TxValidationCode.Valid));
        Assert.That(channel.PrivateData!.StoreFor("InsurerMSP")!.Get("kv", "shared", "patient-1")?.Value, Is.EqualTo(Encoding.UTF8.GetBytes(secret)));
        Assert.That(channel.PrivateData.StoreFor("NgoMSP")!.Get("kv", "shared", "patient-1"), Is.Not.Null);
        Assert.That(channel.PrivateData.StoreFor("RegulatorMSP")!.Get("kv", "shared", "patient-1"), Is.Null);
        var hashed = channel.Ledger.State.Get(CollectionDefinition.HashedNamespace("kv", "shared"), CollectionRecorder.KeyHash("patient-1"));
        Assert.That(hashed!.Value, Is.EqualTo(SHA256.HashData(Encoding.UTF8.GetBytes(secret))));
        var blockBytes = channel.Ledger.GetBlock(block).ToByteArray();
        Assert.That(Encoding.UTF8.GetString(blockBytes), Does.Not.Contain(secret));
    }

    [Test]
    public async Task GetPrivate_MemberReadsValue_RegulatorRefusedButSeesHash()
    {
        await SubmitAsync(_fixture.User(), ["pput", "shared", "patient-2"], "blood type O");

        var member = await EvaluateAsync(_fixture.User(), "InsurerMSP", "pget", "shared", "patient-2");
        var regulator = _fixture.User("RegulatorMSP", "Auditor");
        var refused = Assert.ThrowsAsync<RpcException>(async () => await EvaluateAsync(regulator, "RegulatorMSP", "pget", "shared", "patient-2"));
        var hash = await EvaluateAsync(regulator, "RegulatorMSP", "phash", "shared", "patient-2");

        Assert.That(member.ToStringUtf8(), Is.EqualTo("blood type O"));
        Assert.That(refused!.Status.Detail, Does.Contain("does not have read access permission on privatedata"));
        Assert.That(hash.ToByteArray(), Is.EqualTo(SHA256.HashData("blood type O"u8.ToArray())));
    }

    [Test]
    public async Task Purge_RemovesValueFromMemberStoresAndHashFromState()
    {
        await SubmitAsync(_fixture.User(), ["pput", "shared", "patient-3"], "to forget");

        var (code, _) = await SubmitAsync(_fixture.User(), ["ppurge", "shared", "patient-3"]);

        var channel = _fixture.Host.Network.Channels["mutualaid"];
        Assert.That(code, Is.EqualTo(TxValidationCode.Valid));
        Assert.That(channel.PrivateData!.StoreFor("InsurerMSP")!.Get("kv", "shared", "patient-3"), Is.Null);
        Assert.That(channel.Ledger.State.Get(CollectionDefinition.HashedNamespace("kv", "shared"), CollectionRecorder.KeyHash("patient-3")), Is.Null);
    }

    [Test]
    public async Task BlockToLive_AfterTwoMoreBlocks_PrivateValuePurgedHashKept()
    {
        var (_, block) = await SubmitAsync(_fixture.User(), ["pput", "short", "fleeting"], "gone soon");
        var channel = _fixture.Host.Network.Channels["mutualaid"];
        Assert.That(channel.PrivateData!.StoreFor("InsurerMSP")!.Get("kv", "short", "fleeting"), Is.Not.Null);

        while (channel.Ledger.Height <= block + 2)
        {
            await SubmitAsync(_fixture.User(), ["put", "tick", "1"]);
        }

        Assert.That(channel.PrivateData.StoreFor("InsurerMSP")!.Get("kv", "short", "fleeting"), Is.Null);
        Assert.That(channel.Ledger.State.Get(CollectionDefinition.HashedNamespace("kv", "short"), CollectionRecorder.KeyHash("fleeting")), Is.Not.Null);
    }

    private async Task<ByteString> EvaluateAsync(SigningIdentity user, string peerMsp, params string[] args)
    {
        var (proposal, txId) = await TestProposals.CreateAsync(user, "kv", args);
        var response = await _fixture.Gateway(peerMsp).EvaluateAsync(new EvaluateRequest { TransactionId = txId, ChannelId = "mutualaid", ProposedTransaction = proposal });
        return response.Result.Payload;
    }

    private async Task<(TxValidationCode Code, ulong Block)> SubmitAsync(SigningIdentity user, string[] args, string? transientValue = null)
    {
        var transient = transientValue is null ? null : new Dictionary<string, ByteString> { ["value"] = ByteString.CopyFromUtf8(transientValue) };
        var (proposal, txId) = await TestProposals.CreateAsync(user, "kv", args, transient: transient);
        var endorsed = await _fixture.Gateway().EndorseAsync(new EndorseRequest { TransactionId = txId, ChannelId = "mutualaid", ProposedTransaction = proposal });
        var status = await GatewayCalls.SubmitAndWaitAsync(_fixture.Gateway(), user, endorsed.PreparedTransaction, txId);
        return (status.Result, status.BlockNumber);
    }
}
