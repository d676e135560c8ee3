using System.Text.Json.Serialization;

namespace MutualAid.Gateway.Api;

/// <summary>
/// The RFC 9457 problem document every failure answers with, as written and as the OpenAPI document describes it:
/// the standard members and the extensions <c>code</c> (stable, for machines) and <c>transactionId</c>.
/// </summary>
/// <param name="Type">The error's URI: <c>urn:mutualaid:error:</c> and the code.</param>
/// <param name="Title">The HTTP reason phrase.</param>
/// <param name="Status">The HTTP status.</param>
/// <param name="Detail">What went wrong, for people.</param>
/// <param name="Instance">The request path.</param>
/// <param name="Code">The stable error code, e.g. <c>CLAIM_NOT_FOUND</c>.</param>
/// <param name="TransactionId">The Fabric transaction, when one was involved.</param>
public sealed record ProblemDocument(
    string Type, string Title, int Status, string Detail, string Instance, string Code,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TransactionId);
