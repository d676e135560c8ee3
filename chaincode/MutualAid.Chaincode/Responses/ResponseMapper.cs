using Fabric.Protos.Peer;
using Fabric.Shim;
using MutualAid.Domain.Routing;

namespace MutualAid.Chaincode.Responses;

/// <summary>
/// Turns a <see cref="DomainResponse"/> into the shim's <see cref="Response"/>: 200 with the canonical JSON
/// payload (and, for a replayed write, the message <c>REPLAYED: ...</c>), or the domain's 4xx/500 status with its message, which always starts with the error code.
/// </summary>
public static class ResponseMapper
{
    /// <summary>The shim response for <paramref name="response"/>.</summary>
    public static Response ToResponse(DomainResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.IsSuccess)
        {
            // A replayed write keeps the first payload byte for byte; only the message says it was not run again.
            var success = ChaincodeResponses.Success(response.Payload.Span);
            if (response.Replayed)
            {
                success.Message = response.Message;
            }

            return success;
        }

        // A failure must never look like a success to the peer: anything outside 400-599 becomes a fault.
        var status = response.Status is >= ChaincodeResponses.ErrorThreshold and <= 599 ? response.Status : ChaincodeResponses.InternalError;
        return Failure(status, response.ErrorCode ?? HostErrorCodes.InternalError, response.Message);
    }

    /// <summary>An error response whose message is <c>CODE: detail</c> (the code is added unless already first).</summary>
    public static Response Failure(int status, string code, string message)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        message ??= string.Empty;
        var text = message.StartsWith(code + ":", StringComparison.Ordinal) ? message : $"{code}: {message}";
        return ChaincodeResponses.Error(text, status);
    }
}
