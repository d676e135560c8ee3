using Fabric.Protos.GatewayApi;
using Grpc.Core;

namespace MutualAid.DevNetwork.Services;

/// <summary>Evaluate: run a query on this peer and return the chaincode's response; nothing is ordered.</summary>
public sealed partial class GatewayService
{
    /// <inheritdoc />
    public override async Task<EvaluateResponse> Evaluate(EvaluateRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var proposal = Unpack(request.ProposedTransaction, out var channel, forEvaluate: true);
        var simulation = await Simulate(proposal, channel, "failed to evaluate transaction, see attached details for more info").ConfigureAwait(false);
        if (simulation.PeerFailure)
        {
            throw GatewayErrors.Create(StatusCode.Aborted, "failed to evaluate transaction, see attached details for more info",
                Detail(simulation.Response.Message));
        }

        if (!simulation.IsSuccess || simulation.Response.Status < 200)
        {
            var message = $"chaincode response {simulation.Response.Status}, {simulation.Response.Message}";
            throw GatewayErrors.Create(StatusCode.Unknown, $"evaluate call to endorser returned error: {message}", Detail(message));
        }

        return new EvaluateResponse { Result = simulation.Response };
    }
}
