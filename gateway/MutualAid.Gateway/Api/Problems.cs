using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using MutualAid.Gateway.Invocation;

namespace MutualAid.Gateway.Api;

/// <summary>
/// RFC 9457 problem documents: <c>type</c> names the stable error code (<c>urn:mutualaid:error:CLAIM_NOT_FOUND</c>),
/// and the extension members <c>code</c> and, when there was a transaction, <c>transactionId</c> carry it for machines.
/// </summary>
public static class Problems
{
    /// <summary>The problem media type.</summary>
    public const string MediaType = "application/problem+json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A problem response for <paramref name="failure"/>.</summary>
    public static ApiResponse From(HttpContext context, InvocationFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return Create(context, failure.Status, failure.Code, failure.Detail, failure.TransactionId);
    }

    /// <summary>A problem response.</summary>
    public static ApiResponse Create(HttpContext context, int status, string code, string detail, string? transactionId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = new ProblemDocument(
            "urn:mutualaid:error:" + code, ReasonPhrases.GetReasonPhrase(status), status, detail, context.Request.Path, code, transactionId);
        return new ApiResponse(status, MediaType, JsonSerializer.Serialize(problem, Json), transactionId);
    }

    /// <summary>Writes <paramref name="problem"/>.</summary>
    public static Task WriteAsync(HttpContext context, ApiResponse problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.WriteAsync(context);
    }
}
