using System.Text.Json.Nodes;
using Fabric.Client;
using MutualAid.Gateway.Demo;

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
