using Fabric.Client.Protocol;
using Fabric.Protos.GatewayApi;

namespace Fabric.Client;

/// <summary>
/// A transaction accepted by ordering, step three: it holds the endorsed result and is the
/// <see cref="Commit"/> to ask for its status.
/// </summary>
public sealed class SubmittedTransaction : Commit
{
    private readonly byte[] _result;

    internal SubmittedTransaction(
        GatewayRpc rpc, SigningContext signing, SignedCommitStatusRequest request, TransactionLabels labels, byte[] result)
        : base(rpc, signing, request, labels)
    {
        _result = result;
    }

    /// <summary>The chaincode's result, as endorsed (a copy). It stands only if the transaction commits VALID.</summary>
    public byte[] Result => (byte[])_result.Clone();
}
