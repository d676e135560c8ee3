namespace MutualAid.Gateway.Api;

/// <summary>
/// A complete HTTP answer of a function endpoint (status, media type, body, transaction headers), in the form the
/// idempotency store keeps and replays byte for byte.
/// </summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="ContentType">The media type of <paramref name="Body"/>.</param>
/// <param name="Body">The body text (JSON or a problem document).</param>
/// <param name="TransactionId">The Fabric transaction id, sent as <c>X-Transaction-Id</c>.</param>
/// <param name="Attempts">How many transactions a write took (MVCC re-runs included), sent as <c>X-Fabric-Attempts</c>.</param>
public sealed record ApiResponse(int Status, string ContentType, string Body, string? TransactionId = null, int? Attempts = null)
{
    /// <summary>The JSON media type.</summary>
    public const string Json = "application/json";

    /// <summary>Writes the response; <paramref name="replayed"/> adds <c>Idempotent-Replayed: true</c>.</summary>
    public async Task WriteAsync(HttpContext context, bool replayed = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        response.StatusCode = Status;
        response.ContentType = ContentType;
        if (TransactionId is not null)
        {
            response.Headers["X-Transaction-Id"] = TransactionId;
        }

        if (Attempts is { } attempts)
        {
            response.Headers["X-Fabric-Attempts"] = attempts.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (replayed)
        {
            response.Headers["Idempotent-Replayed"] = "true";
        }

        await response.WriteAsync(Body, context.RequestAborted).ConfigureAwait(false);
    }
}
