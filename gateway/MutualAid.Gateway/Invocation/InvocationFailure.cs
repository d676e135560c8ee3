namespace MutualAid.Gateway.Invocation;

/// <summary>
/// A failed chaincode call as the HTTP layer reports it: the HTTP status, the stable error code (the
/// chaincode's own, such as <c>CLAIM_NOT_FOUND</c>, or one of <see cref="GatewayErrorCodes"/>), the message,
/// the transaction id when there was one, and whether the business outcome is final (a domain refusal) or
/// the request may be tried again.
/// </summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Code">The stable error code.</param>
/// <param name="Detail">The human-readable message.</param>
/// <param name="TransactionId">The Fabric transaction id, or null.</param>
/// <param name="IsFinal">True when the chaincode decided (a 4xx refusal that changed nothing); false for transport, conflict or unknown outcomes.</param>
public sealed record InvocationFailure(int Status, string Code, string Detail, string? TransactionId, bool IsFinal);
