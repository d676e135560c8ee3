using System.Text;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Keepers;

/// <summary>Owns the <c>request</c> keys: the recorded outcome of each (organization, request id).</summary>
public sealed class RequestKeeper(TxScope tx)
{
    /// <summary>The recorded outcome of <paramref name="requestId"/> for the caller's organization, or null.</summary>
    public RequestRecord? Find(string requestId) => tx.Get(Keys.Request(tx.Caller.MspId, requestId), DomainJsonContext.Default.RequestRecord);

    /// <summary>Stages the record of a successful first call.</summary>
    public void Record(string requestId, string function, string requestHash, ReadOnlySpan<byte> response)
    {
        var record = new RequestRecord
        {
            MspId = tx.Caller.MspId, RequestId = requestId, Function = function, RequestHash = requestHash,
            TxId = tx.Context.TxId, CommittedAt = tx.Now, Response = Encoding.UTF8.GetString(response),
        };
        tx.Put(Keys.Request(record.MspId, requestId), record, DomainJsonContext.Default.RequestRecord);
    }
}
