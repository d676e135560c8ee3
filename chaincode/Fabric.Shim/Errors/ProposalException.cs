namespace Fabric.Shim.Errors;

/// <summary>
/// A TRANSACTION or INIT message carried no signed proposal, or one that does not decode; the shim answers
/// ERROR with this message instead of running the chaincode.
/// </summary>
public sealed class ProposalException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ProposalException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
