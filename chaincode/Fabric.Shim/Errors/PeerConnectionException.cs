namespace Fabric.Shim.Errors;

/// <summary>
/// The stream to the peer ended, or answered out of protocol, before a request of a transaction got its reply.
/// The transaction cannot finish; the peer times it out or fails it with "chaincode stream terminated".
/// </summary>
public sealed class PeerConnectionException : Exception
{
    /// <summary>Creates the exception with a message naming what went wrong.</summary>
    public PeerConnectionException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
