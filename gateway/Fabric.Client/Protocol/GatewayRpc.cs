using Fabric.Client.Errors;
using Fabric.Client.Resilience;
using Fabric.Client.Telemetry;
using Fabric.Protos.Common;
using Fabric.Protos.GatewayApi;
using Fabric.Protos.Peer;
using Grpc.Core;
using Polly.CircuitBreaker;
using DeliverService = Fabric.Protos.Peer.Deliver;
using GatewayService = Fabric.Protos.GatewayApi.Gateway;

namespace Fabric.Client.Protocol;

/// <summary>
/// The gRPC calls of the gateway protocol, each under its stage's deadline, resilience pipeline, the
/// endpoint's circuit breaker, a span and metrics; failures come out as the stage's exception.
/// </summary>
internal sealed class GatewayRpc
{
    private readonly GatewayService.GatewayClient _gateway;
    private readonly DeliverService.DeliverClient _deliver;
    private readonly GatewayOptions _options;

    public GatewayRpc(ChannelBase channel, GatewayOptions options, FabricPipelines pipelines)
    {
        var invoker = channel.CreateCallInvoker();
        _gateway = new GatewayService.GatewayClient(invoker);
        _deliver = new DeliverService.DeliverClient(invoker);
        _options = options;
        Pipelines = pipelines;
        Endpoint = channel.Target;
    }

    /// <summary>The channel target; names the circuit breaker.</summary>
    public string Endpoint { get; }

    public FabricPipelines Pipelines { get; }

    public GatewayOptions Options => _options;

    public Task<EvaluateResponse> EvaluateAsync(EvaluateRequest request, TransactionLabels labels, CancellationToken cancellationToken) =>
        UnaryAsync(Stage.Evaluate, PipelineNames.Evaluate, _options.EvaluateTimeout, labels, o => _gateway.EvaluateAsync(request, o), cancellationToken);

    public Task<EndorseResponse> EndorseAsync(EndorseRequest request, TransactionLabels labels, CancellationToken cancellationToken) =>
        UnaryAsync(Stage.Endorse, PipelineNames.Endorse, _options.EndorseTimeout, labels, o => _gateway.EndorseAsync(request, o), cancellationToken);

    public Task<SubmitResponse> SubmitAsync(SubmitRequest request, TransactionLabels labels, CancellationToken cancellationToken) =>
        UnaryAsync(Stage.Submit, PipelineNames.Submit, _options.SubmitTimeout, labels, o => _gateway.SubmitAsync(request, o), cancellationToken);

    public Task<CommitStatusResponse> CommitStatusAsync(
        SignedCommitStatusRequest request, TransactionLabels labels, CancellationToken cancellationToken) =>
        UnaryAsync(Stage.CommitStatus, PipelineNames.CommitStatus, _options.CommitStatusTimeout, labels, o => _gateway.CommitStatusAsync(request, o), cancellationToken);

    /// <summary>Opens a chaincode events stream; it has no deadline and ends when cancelled.</summary>
    public AsyncServerStreamingCall<ChaincodeEventsResponse> ChaincodeEvents(
        SignedChaincodeEventsRequest request, CancellationToken cancellationToken) =>
        _gateway.ChaincodeEvents(request, new CallOptions(cancellationToken: cancellationToken));

    /// <summary>Opens a Deliver stream of the given kind; the caller writes the seek envelope.</summary>
    public AsyncDuplexStreamingCall<Envelope, DeliverResponse> Deliver(DeliverKind kind, CancellationToken cancellationToken)
    {
        var options = new CallOptions(cancellationToken: cancellationToken);
        return kind switch
        {
            DeliverKind.Filtered => _deliver.DeliverFiltered(options),
            DeliverKind.WithPrivateData => _deliver.DeliverWithPrivateData(options),
            _ => _deliver.Deliver(options),
        };
    }

    private async Task<TResponse> UnaryAsync<TResponse>(
        Stage stage,
        string pipelineName,
        TimeSpan timeout,
        TransactionLabels labels,
        Func<CallOptions, AsyncUnaryCall<TResponse>> call,
        CancellationToken cancellationToken)
    {
        using var scope = StageScope.Start(stage, labels);
        try
        {
            var breaker = Pipelines.CircuitBreakerFor(Endpoint);
            var response = await Pipelines.Get(pipelineName).ExecuteAsync(
                async token =>
                {
                    try
                    {
                        return await breaker.ExecuteAsync(
                            async inner =>
                            {
                                using var pending = call(new CallOptions(deadline: DateTime.UtcNow + timeout, cancellationToken: inner));
                                return await pending.ResponseAsync.ConfigureAwait(false);
                            },
                            token).ConfigureAwait(false);
                    }
                    catch (RpcException ex) when (!token.IsCancellationRequested)
                    {
                        throw RpcErrors.ForStage(stage, ex, labels.TransactionId);
                    }
                    catch (BrokenCircuitException ex)
                    {
                        throw RpcErrors.CircuitOpen(stage, ex, Endpoint, labels.TransactionId);
                    }
                },
                cancellationToken).ConfigureAwait(false);
            scope.Succeeded();
            return response;
        }
        catch (RpcException) when (cancellationToken.IsCancellationRequested)
        {
            var canceled = new OperationCanceledException(cancellationToken);
            scope.Failed(canceled);
            throw canceled;
        }
        catch (Exception ex)
        {
            scope.Failed(ex);
            throw;
        }
    }
}
