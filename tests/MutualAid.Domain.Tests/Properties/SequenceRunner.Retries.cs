using MutualAid.Domain.Routing;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Properties;

/// <summary>Retries: a client that lost the answer of its last write sends it again with the same request id.</summary>
public sealed partial class SequenceRunner
{
    /// <summary>The request id prefix of every write of a sequence.</summary>
    public const string RequestIdPrefix = "seq";

    /// <summary>
    /// Re-sends the last successful write byte for byte: it must return the first response and change neither the state
    /// nor the event stream, so a retry can never pay, contribute or enrol twice. Null when the last write failed.
    /// </summary>
    private DomainResponse? RetryLastWrite()
    {
        if (Chain.LastWrite is not { Response.IsSuccess: true } last)
        {
            return null;
        }

        var before = TestChain.Describe(Chain.Ledger.Snapshot());
        var retry = Chain.Resend(last);
        Assert.Multiple(() =>
        {
            Assert.That(retry.Status, Is.EqualTo(200), $"retry of {last.Function}: {retry.Message}");
            Assert.That(retry.Replayed, Is.True, $"retry of {last.Function} ran again");
            Assert.That(retry.Payload.ToArray(), Is.EqualTo(last.Response.Payload.ToArray()), $"retry of {last.Function} answered differently");
            Assert.That(TestChain.Describe(Chain.Ledger.Snapshot()), Is.EqualTo(before), $"retry of {last.Function} changed the ledger");
        });
        return retry;
    }
}
