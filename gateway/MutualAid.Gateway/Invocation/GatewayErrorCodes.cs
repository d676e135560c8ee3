namespace MutualAid.Gateway.Invocation;

/// <summary>
/// The error codes the gateway itself reports, beside the chaincode's own codes (which it passes through
/// unchanged). Declared in one place; each is stable.
/// </summary>
public static class GatewayErrorCodes
{
    /// <summary>401: no API key or bearer token, or an unknown one.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>403: the caller's role may not call this endpoint (the chaincode's own code).</summary>
    public const string ForbiddenRole = "FORBIDDEN_ROLE";

    /// <summary>403: a regulator called a write endpoint (the chaincode's own code).</summary>
    public const string RegulatorReadOnly = "REGULATOR_READ_ONLY";

    /// <summary>400: the body is not a JSON object, or a value is malformed.</summary>
    public const string InvalidRequest = "INVALID_REQUEST";

    /// <summary>400: an amount is negative, not an integer, or beyond 64-bit minor units.</summary>
    public const string InvalidAmount = "INVALID_AMOUNT";

    /// <summary>413: the body is larger than the configured limit.</summary>
    public const string BodyTooLarge = "BODY_TOO_LARGE";

    /// <summary>415: the body is not <c>application/json</c>.</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>400: a write without an <c>Idempotency-Key</c> header, or a malformed one.</summary>
    public const string IdempotencyKeyRequired = "IDEMPOTENCY_KEY_REQUIRED";

    /// <summary>422: an <c>Idempotency-Key</c> reused with a different request.</summary>
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";

    /// <summary>429: the API key used up its request budget (<c>RateLimit:*</c>); retry after the <c>Retry-After</c> seconds.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>409: the transaction kept meeting MVCC read conflicts; nothing was written; try again.</summary>
    public const string MvccReadConflict = "MVCC_READ_CONFLICT";

    /// <summary>502: the transaction committed invalid for another reason (the validation code follows in the message).</summary>
    public const string TransactionInvalid = "TRANSACTION_INVALID";

    /// <summary>502: the peers could not endorse for a reason other than the chaincode's answer.</summary>
    public const string EndorsementFailed = "ENDORSEMENT_FAILED";

    /// <summary>502: the chaincode faulted (its 500 <c>INTERNAL_ERROR</c>).</summary>
    public const string ChaincodeFault = "INTERNAL_ERROR";

    /// <summary>503: the peer or orderer is unreachable or overloaded; nothing was written; try again.</summary>
    public const string FabricUnavailable = "FABRIC_UNAVAILABLE";

    /// <summary>504: the transaction was sent to ordering but its commit could not be confirmed; retry with the same key.</summary>
    public const string OutcomeUnknown = "OUTCOME_UNKNOWN";
}
