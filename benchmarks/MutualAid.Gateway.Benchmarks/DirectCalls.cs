using System.Text.Json.Nodes;
using Fabric.Client;
using MutualAid.Gateway.Demo;
using MutualAid.Gateway.Hosting;
using MutualAid.Gateway.Invocation;

namespace MutualAid.Gateway.Benchmarks;

/// <summary>
/// The same chaincode calls made with Fabric.Client directly, as the same wallet identity, with the JSON the gateway
/// sends: route values merged into the argument, a unique <c>requestId</c> on every write, and the same MVCC re-runs.
/// </summary>
/// <param name="contract">The chaincode as the caller.</param>
/// <param name="maxConflictRetries">The gateway's re-runs after an MVCC conflict for a write marked safe.</param>
internal sealed class DirectCalls(Contract contract, int maxConflictRetries) : IChaincodeCalls
{
    private long _writeAttempts;

    public string Name => "Fabric.Client";

    public long WriteAttempts => Interlocked.Read(ref _writeAttempts);

    /// <summary>The chaincode as the caller.</summary>
    public Contract Contract => contract;

    /// <summary>
    /// Connects as <see cref="BenchCaller.Identity"/> from the organization's wallet in <paramref name="walletDirectory"/>
    /// to <paramref name="peerAddress"/> through the gateway's own <see cref="FabricConnection"/>: one h2c channel, the
    /// same pipelines and re-runs. The caller disposes the connection.
    /// </summary>
    public static (DirectCalls Calls, FabricConnection Connection) Connect(string walletDirectory, string peerAddress, GatewaySettings settings)
    {
        var wallet = Wallet.Load(walletDirectory, BenchCaller.Organization);
        var identity = wallet.Identities.First(i => i.Label.StartsWith(BenchCaller.Identity + "@", StringComparison.Ordinal));
        var connection = new FabricConnection(wallet, "http://" + peerAddress, null, null, settings.Channel, settings.Chaincode, settings.MaxConflictRetries);
        return (new DirectCalls(connection.ContractFor(identity), settings.MaxConflictRetries), connection);
    }

    public async Task RecordContributionAsync(string memberId, long amount, string paymentReference)
    {
        var arguments = JsonNode.Parse(DemoCalls.Contribution(amount, paymentReference))!.AsObject();
        arguments["memberId"] = memberId;
        arguments["requestId"] = "bench-" + Guid.NewGuid().ToString("N");
        var result = await contract.SubmitAsync("RecordContribution", ProposalOptions.FromArguments(arguments.ToJsonString()),
            new SubmitOptions { RetryOnMvccConflict = maxConflictRetries }).ConfigureAwait(false);
        Interlocked.Add(ref _writeAttempts, result.Attempts);
    }

    public Task ReadClaimAsync(string claimId) =>
        contract.EvaluateAsync("GetClaim", ProposalOptions.FromArguments(new JsonObject { ["claimId"] = claimId }.ToJsonString()));
}
