using System.Text;
using Fabric.Protos.Peer;
using Google.Protobuf;

namespace Fabric.Shim;

/// <summary>Builds the <see cref="Response"/> a chaincode returns, with Fabric's status thresholds.</summary>
public static class ChaincodeResponses
{
    /// <summary>Status of a successful transaction.</summary>
    public const int Ok = 200;

    /// <summary>Statuses at or above this are errors: the peer does not endorse the transaction.</summary>
    public const int ErrorThreshold = 400;

    /// <summary>Status of a caller error: a wrong argument or arity.</summary>
    public const int BadRequest = 400;

    /// <summary>Status of a call to a contract or function that does not exist.</summary>
    public const int NotFound = 404;

    /// <summary>Status of a chaincode failure, the default error.</summary>
    public const int InternalError = 500;

    /// <summary>A status-200 response carrying <paramref name="payload"/> (empty by default).</summary>
    public static Response Success(ReadOnlySpan<byte> payload = default) =>
        new() { Status = Ok, Payload = payload.IsEmpty ? ByteString.Empty : ByteString.CopyFrom(payload) };

    /// <summary>A status-200 response carrying the UTF-8 bytes of <paramref name="payload"/>.</summary>
    public static Response Success(string payload) => Success(Encoding.UTF8.GetBytes(payload));

    /// <summary>An error response with <paramref name="message"/> and <paramref name="status"/> (500 by default).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is below 400.</exception>
    public static Response Error(string message, int status = InternalError)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, ErrorThreshold);
        return new Response { Status = status, Message = message ?? string.Empty };
    }

    /// <summary>Whether <paramref name="response"/> is an error (status 400 or more).</summary>
    public static bool IsError(Response response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Status >= ErrorThreshold;
    }
}
