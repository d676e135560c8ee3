using System.Text.Json.Nodes;
using MutualAid.Gateway.Hosting;
using MutualAid.Gateway.Security;
using MutualAid.Gateway.Tests.Support;

namespace MutualAid.Gateway.Tests.Security;

/// <summary>
/// The <c>keys</c> command against a running gateway: issued keys work, revoked and rotated-out keys are refused on
/// the next request without a restart, and the key file holds hashes and key ids only. Runs on its own NGO gateway
/// and key file, so the shared gateways' keys are untouched.
/// </summary>
public sealed class ApiKeyRotationTests
{
    private const string ProbePath = "/api/v1/pools/key-rotation-probe";

    private StandaloneGateway _gateway = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        _gateway = await StandaloneGateway.BesideFixtureAsync("NgoMSP", timeout.Token);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _gateway.DisposeAsync();

    [Test, CancelAfter(30_000)]
    public async Task Issue_NewKey_Authenticates(CancellationToken cancellationToken)
    {
        var (_, key) = await IssueAsync("Caseworker");

        var read = await _gateway.Client(key).GetAsync(ProbePath, cancellationToken);

        // Past authentication the chaincode answers: the pool does not exist.
        Assert.That(read.Status, Is.EqualTo(404));
    }

    [Test, CancelAfter(30_000)]
    public async Task Revoke_IssuedKey_NextRequestIs401Problem(CancellationToken cancellationToken)
    {
        var (keyId, key) = await IssueAsync("Assessor");
        var before = await _gateway.Client(key).GetAsync(ProbePath, cancellationToken);

        var (code, output, _) = await RunAsync("revoke", keyId);
        var after = await _gateway.Client(key).GetAsync(ProbePath, cancellationToken);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(code, Is.Zero);
            Assert.That(output, Does.Contain("revoked " + keyId));
            Assert.That(before.Status, Is.EqualTo(404));
            Assert.That(after.Status, Is.EqualTo(401));
            Assert.That(after.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(after.Code, Is.EqualTo("UNAUTHENTICATED"));
        }
    }

    [Test, CancelAfter(30_000)]
    public async Task Rotate_User_OldKey401NewKeyWorks(CancellationToken cancellationToken)
    {
        var (oldId, oldKey) = await IssueAsync("Coordinator");
        await _gateway.Client(oldKey).GetAsync(ProbePath, cancellationToken);

        var (code, output, _) = await RunAsync("rotate", "Coordinator");
        var newKey = SecretIn(output);
        var old = await _gateway.Client(oldKey).GetAsync(ProbePath, cancellationToken);
        var fresh = await _gateway.Client(newKey).GetAsync(ProbePath, cancellationToken);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(code, Is.Zero);
            Assert.That(output, Does.Contain("revoked " + oldId));
            Assert.That(old.Status, Is.EqualTo(401));
            Assert.That(fresh.Status, Is.EqualTo(404));
        }
    }

    [Test]
    public async Task KeyFile_AfterIssue_HoldsHashAndKeyIdNeverTheKey()
    {
        var (keyId, key) = await IssueAsync("Delegate");

        var text = await File.ReadAllTextAsync(_gateway.KeyFile);
        var entry = JsonNode.Parse(text)!["keys"]!.AsArray().Single(e => e!["keyId"]!.GetValue<string>() == keyId)!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.Not.Contain(key));
            Assert.That(entry["sha256"]!.GetValue<string>(), Is.EqualTo(ApiKeyStore.Hash(key)));
            Assert.That(entry["identity"]!.GetValue<string>(), Does.StartWith("Delegate@"));
            Assert.That(keyId, Does.Match("^key_[0-9a-f]{12}$"));
        }
    }

    [Test]
    public async Task List_AfterRevoke_ShowsKeyAsRevokedWithoutSecrets()
    {
        var (keyId, key) = await IssueAsync("User1");
        await RunAsync("revoke", keyId);

        var (code, output, _) = await RunAsync("list");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(code, Is.Zero);
            Assert.That(output.Split('\n').Single(l => l.StartsWith(keyId, StringComparison.Ordinal)), Does.Contain("revoked"));
            Assert.That(output, Does.Not.Contain(key));
        }
    }

    [Test]
    public async Task Issue_UnknownUser_Exits1()
    {
        var (code, _, error) = await RunAsync("issue", "Nobody");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That(error, Does.Contain("Nobody"));
        }
    }

    [Test]
    public async Task Revoke_UnknownKeyId_Exits1()
    {
        var (code, _, _) = await RunAsync("revoke", "key_000000000000");

        Assert.That(code, Is.EqualTo(1));
    }

    [Test]
    public async Task Run_NoSubcommand_Exits2WithUsage()
    {
        var (code, _, error) = await RunAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error, Does.Contain("keys list"));
        }
    }

    private async Task<(string KeyId, string Key)> IssueAsync(string user)
    {
        var (code, output, error) = await RunAsync("issue", user);
        Assert.That(code, Is.Zero, error);
        var keyId = output.Split(' ')[1];
        return (keyId, SecretIn(output));
    }

    /// <summary>Runs the command with the options a caller would pass on the command line, after the subcommand.</summary>
    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await KeysCommand.RunAsync(_gateway.Settings, [.. arguments, "--Organization", "NgoMSP"], output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string SecretIn(string output) =>
        output.Split('\n').Single(l => l.StartsWith("API key", StringComparison.Ordinal)).Split(": ")[1].Trim();
}
