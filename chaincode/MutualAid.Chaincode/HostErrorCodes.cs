namespace MutualAid.Chaincode;

/// <summary>
/// The error codes the host itself answers with, before or around the domain: the same strings as the
/// domain's INVALID_ARGUMENT and INTERNAL_ERROR, so a client sees one vocabulary whichever layer refused.
/// </summary>
public static class HostErrorCodes
{
    /// <summary>The proposal's arguments do not follow the calling convention (status 400).</summary>
    public const string InvalidArgument = "INVALID_ARGUMENT";

    /// <summary>The host could not read the proposal's facts, or the domain reported a fault (status 500).</summary>
    public const string InternalError = "INTERNAL_ERROR";
}
