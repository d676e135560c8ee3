using Fabric.Client.Errors;
using Grpc.Core;

namespace Fabric.Client.Events;

/// <summary>Reads gRPC response streams, turning failures into the stage's exception.</summary>
internal static class StreamReading
{
    /// <exception cref="GatewayException">The stream failed.</exception>
    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    public static async Task<bool> MoveNextAsync<T>(IAsyncStreamReader<T> stream, Stage stage, CancellationToken cancellationToken)
    {
        try
        {
            return await stream.MoveNext(cancellationToken).ConfigureAwait(false);
        }
        catch (RpcException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        catch (RpcException ex)
        {
            throw RpcErrors.ForStage(stage, ex, null);
        }
    }
}
