using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Polly.CircuitBreaker;
using GrpcStatus = Fabric.Protos.Rpc.Status;
using ProtoErrorDetail = Fabric.Protos.GatewayApi.ErrorDetail;

namespace Fabric.Client.Errors;

/// <summary>Turns gRPC failures into the exception of the stage that failed.</summary>
internal static class RpcErrors
{
    /// <summary>The trailer holding a serialized <c>google.rpc.Status</c>.</summary>
    public const string StatusDetailsTrailer = "grpc-status-details-bin";

    /// <summary>
    /// Reads the <see cref="ErrorDetail"/>s from the status-details trailer. Like the Node client, every
    /// detail's value is decoded as <c>gateway.ErrorDetail</c> whatever its type URL; values that do not
    /// decode are skipped.
    /// </summary>
    public static IReadOnlyList<ErrorDetail> ReadDetails(Metadata? trailers)
    {
        if (trailers is null)
        {
            return [];
        }

        var details = new List<ErrorDetail>();
        foreach (var entry in trailers)
        {
            if (!entry.IsBinary || !string.Equals(entry.Key, StatusDetailsTrailer, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            try
            {
                foreach (var any in GrpcStatus.Parser.ParseFrom(entry.ValueBytes).Details)
                {
                    var detail = ProtoErrorDetail.Parser.ParseFrom(any.Value);
                    details.Add(new ErrorDetail(detail.Address, detail.MspId, detail.Message));
                }
            }
            catch (InvalidProtocolBufferException)
            {
                // A trailer that is not a google.rpc.Status adds nothing we can report.
            }
        }

        return details;
    }

    /// <summary>Wraps <paramref name="exception"/> as the exception of <paramref name="stage"/>.</summary>
    public static GatewayException ForStage(Stage stage, RpcException exception, string? transactionId)
    {
        var details = ReadDetails(exception.Trailers);
        var message = Describe(stage, exception.StatusCode, exception.Status.Detail, details, transactionId);
        return Create(stage, message, exception.StatusCode, details, transactionId, exception);
    }

    /// <summary>The exception of <paramref name="stage"/> for a call refused because the endpoint's circuit is open.</summary>
    public static GatewayException CircuitOpen(Stage stage, BrokenCircuitException exception, string endpoint, string? transactionId)
    {
        var message = Describe(stage, StatusCode.Unavailable, $"circuit breaker for {endpoint} is open: {exception.Message}", [], transactionId);
        return Create(stage, message, StatusCode.Unavailable, [], transactionId, exception);
    }

    private static GatewayException Create(
        Stage stage, string message, StatusCode code, IReadOnlyList<ErrorDetail> details, string? transactionId, Exception inner) =>
        stage switch
        {
            Stage.Evaluate => new EvaluateException(message, code, details, transactionId, inner),
            Stage.Endorse => new EndorseException(message, code, details, transactionId, inner),
            Stage.Submit => new SubmitException(message, code, details, transactionId, inner),
            Stage.CommitStatus => new CommitStatusException(message, code, details, transactionId, inner),
            _ => new GatewayException(message, code, details, transactionId, inner),
        };

    private static string Describe(
        Stage stage, StatusCode code, string detail, IReadOnlyList<ErrorDetail> details, string? transactionId)
    {
        var text = new StringBuilder()
            .Append(StageNames.Display(stage)).Append(" failed");
        if (transactionId is not null)
        {
            text.Append(" for transaction ").Append(transactionId);
        }

        text.Append(": ").Append(StatusNames.Of(code)).Append(": ").Append(detail);
        foreach (var item in details)
        {
            text.AppendLine().Append("  - ").Append(item);
        }

        return text.ToString();
    }
}
