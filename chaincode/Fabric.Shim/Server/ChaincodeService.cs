using Fabric.Protos.Peer;
using Fabric.Shim.Handler;
using Grpc.Core;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Fabric.Shim.Server;

/// <summary>The <c>protos.Chaincode</c> gRPC service: each Connect call is one peer's stream, run by its own handler.</summary>
internal sealed class ChaincodeService : Protos.Peer.Chaincode.ChaincodeBase
{
    private readonly IChaincode _chaincode;
    private readonly StreamHandlerOptions _options;
    private readonly ILogger _logger;
    private readonly IHostApplicationLifetime _lifetime;

    public ChaincodeService(IChaincode chaincode, StreamHandlerOptions options, ILoggerFactory loggerFactory, IHostApplicationLifetime lifetime)
    {
        _chaincode = chaincode;
        _options = options;
        _logger = loggerFactory.CreateLogger("Fabric.Shim.Handler");
        _lifetime = lifetime;
    }

    public override async Task Connect(
        IAsyncStreamReader<ChaincodeMessage> requestStream,
        IServerStreamWriter<ChaincodeMessage> responseStream,
        ServerCallContext context)
    {
        using var handler = new ChaincodeStreamHandler(_chaincode, _options, requestStream, responseStream, _logger);
        await handler.RunAsync(context.CancellationToken, _lifetime.ApplicationStopping).ConfigureAwait(false);
    }
}
