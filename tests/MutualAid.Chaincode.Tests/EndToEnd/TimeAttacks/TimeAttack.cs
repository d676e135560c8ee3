using Fabric.Client;
using Fabric.Client.Errors;
using Microsoft.Extensions.Time.Testing;

namespace MutualAid.Chaincode.Tests.EndToEnd.TimeAttacks;

/// <summary>
/// An attacker holding a writing organization's certificate who dates proposals as it likes (the client writes the
/// timestamp), against honest callers on the machine's clock; every forged call must be refused at endorsement with
/// TIMESTAMP_OUT_OF_RANGE and leave the ledger as it was.
/// </summary>
internal sealed class TimeAttack(MutualAidNetwork network)
{
    public const string OutOfRange = "chaincode response 400, TIMESTAMP_OUT_OF_RANGE: ";

    private static CancellationToken Cancellation => TestContext.CurrentContext.CancellationToken;

    /// <summary>A client clock <paramref name="offset"/> from the machine's.</summary>
    public static TimeProvider Shifted(TimeSpan offset) => new FakeTimeProvider(TimeProvider.System.GetUtcNow() + offset);

    /// <summary>A client clock stopped at <paramref name="time"/>.</summary>
    public static TimeProvider At(DateTimeOffset time) => new FakeTimeProvider(time);

    /// <summary>Submits honestly, dated by the machine's clock, and returns the result.</summary>
    public async Task<byte[]> SubmitAsync(string mspId, string user, string function, string json, ProposalOptions? options = null)
    {
        var result = await network.Contract(mspId, user).SubmitAsync(function, Arguments(json, options), cancellationToken: Cancellation);
        return result.Result;
    }

    /// <summary>Evaluates honestly, dated by the machine's clock.</summary>
    public Task<byte[]> EvaluateAsync(string mspId, string user, string function, string json) =>
        network.Contract(mspId, user).EvaluateAsync(function, ProposalOptions.FromArguments(json), Cancellation);

    /// <summary>Submits <paramref name="function"/> dated by <paramref name="forged"/>; asserts it was refused and changed nothing.</summary>
    public async Task AssertRefusedAsync(string mspId, string user, TimeProvider forged, string function, string json, ProposalOptions? options = null)
    {
        var before = LedgerView.Of(network.Channel);
        EndorseException? refused = null;
        try
        {
            await network.Contract(mspId, user, forged).SubmitAsync(function, Arguments(json, options), cancellationToken: Cancellation);
        }
        catch (EndorseException ex)
        {
            refused = ex;
        }

        var after = LedgerView.Of(network.Channel);
        Assert.That(refused, Is.Not.Null, $"{function} dated {forged.GetUtcNow():O} was endorsed and committed");
        Assert.That(refused!.Details.Select(d => d.Message), Is.Not.Empty.And.All.Contains(OutOfRange));
        Assert.That(after.Height, Is.EqualTo(before.Height), "no block was added");
        Assert.That(after.State, Is.EqualTo(before.State), "the world state is unchanged");
    }

    private static ProposalOptions Arguments(string json, ProposalOptions? options) => (options ?? new ProposalOptions()).WithArguments(json);
}
