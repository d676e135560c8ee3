namespace MutualAid.DevNetwork.Endorsing;

/// <summary>A proposal the peer refuses before running any chaincode (malformed, unsigned, forbidden).</summary>
/// <param name="message">Why, in the words a Fabric peer uses where it has them.</param>
/// <param name="isAccessDenied">True when the creator is valid but not allowed on the channel.</param>
public sealed class ProposalRejectedException(string message, bool isAccessDenied = false) : Exception(message)
{
    /// <summary>True when the creator is not allowed to propose on the channel.</summary>
    public bool IsAccessDenied { get; } = isAccessDenied;
}
