using System.Collections.Concurrent;
using Fabric.Protos.GatewayApi;
using Grpc.Core;

namespace Fabric.Client.Tests.Support;

/// <summary>
/// A scripted <c>gateway.Gateway</c> service: each test sets the handlers it needs; every request is
/// recorded. Unscripted calls succeed like a healthy single-peer gateway.
/// </summary>
internal sealed class FakeGatewayService : Protos.GatewayApi.Gateway.GatewayBase
{
    public Func<EvaluateRequest, ServerCallContext, Task<EvaluateResponse>>? OnEvaluate { get; set; }

    public Func<EndorseRequest, ServerCallContext, Task<EndorseResponse>>? OnEndorse { get; set; }

    public Func<SubmitRequest, ServerCallContext, Task<SubmitResponse>>? OnSubmit { get; set; }

    public Func<SignedCommitStatusRequest, ServerCallContext, Task<CommitStatusResponse>>? OnCommitStatus { get; set; }

    public Func<SignedChaincodeEventsRequest, IServerStreamWriter<ChaincodeEventsResponse>, ServerCallContext, Task>? OnChaincodeEvents { get; set; }

    /// <summary>The result the default Evaluate and Endorse return.</summary>
    public byte[] Result { get; set; } = "result"u8.ToArray();

    public ConcurrentQueue<EvaluateRequest> Evaluations { get; } = new();

    public ConcurrentQueue<EndorseRequest> Endorsements { get; } = new();

    public ConcurrentQueue<SubmitRequest> Submissions { get; } = new();

    public ConcurrentQueue<SignedCommitStatusRequest> CommitStatusRequests { get; } = new();

    public ConcurrentQueue<SignedChaincodeEventsRequest> EventRequests { get; } = new();

    public void Reset()
    {
        OnEvaluate = null;
        OnEndorse = null;
        OnSubmit = null;
        OnCommitStatus = null;
        OnChaincodeEvents = null;
        Result = "result"u8.ToArray();
        Evaluations.Clear();
        Endorsements.Clear();
        Submissions.Clear();
        CommitStatusRequests.Clear();
        EventRequests.Clear();
    }

    public override Task<EvaluateResponse> Evaluate(EvaluateRequest request, ServerCallContext context)
    {
        Evaluations.Enqueue(request);
        return OnEvaluate?.Invoke(request, context) ?? Task.FromResult(new EvaluateResponse
        {
            Result = new Protos.Peer.Response { Status = 200, Payload = Google.Protobuf.ByteString.CopyFrom(Result) },
        });
    }

    public override Task<EndorseResponse> Endorse(EndorseRequest request, ServerCallContext context)
    {
        Endorsements.Enqueue(request);
        return OnEndorse?.Invoke(request, context) ?? Task.FromResult(new EndorseResponse
        {
            PreparedTransaction = Envelopes.Endorsed(request.ProposedTransaction, Result),
        });
    }

    public override Task<SubmitResponse> Submit(SubmitRequest request, ServerCallContext context)
    {
        Submissions.Enqueue(request);
        return OnSubmit?.Invoke(request, context) ?? Task.FromResult(new SubmitResponse());
    }

    public override Task<CommitStatusResponse> CommitStatus(SignedCommitStatusRequest request, ServerCallContext context)
    {
        CommitStatusRequests.Enqueue(request);
        return OnCommitStatus?.Invoke(request, context) ?? Task.FromResult(new CommitStatusResponse
        {
            Result = Protos.Peer.TxValidationCode.Valid,
            BlockNumber = 7,
        });
    }

    public override Task ChaincodeEvents(
        SignedChaincodeEventsRequest request, IServerStreamWriter<ChaincodeEventsResponse> responseStream, ServerCallContext context)
    {
        EventRequests.Enqueue(request);
        return OnChaincodeEvents?.Invoke(request, responseStream, context) ?? Task.Delay(Timeout.Infinite, context.CancellationToken);
    }
}
