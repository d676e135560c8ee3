namespace Fabric.Shim.Errors;

/// <summary>
/// Thrown by chaincode code to end the transaction with a given <see cref="Status"/> (400-499 for caller
/// errors, 500 and up for chaincode failures) and message; the contract layer answers it as the
/// transaction's Response. Any other exception becomes status 500 with its message.
/// </summary>
public class ChaincodeException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is below 400 (not an error status).</exception>
    public ChaincodeException(string message, int status = ChaincodeResponses.InternalError, ReadOnlyMemory<byte> payload = default, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, ChaincodeResponses.ErrorThreshold);
        Status = status;
        Payload = payload;
    }

    /// <summary>The Response status, 400 or more.</summary>
    public int Status { get; }

    /// <summary>The Response payload, empty by default.</summary>
    public ReadOnlyMemory<byte> Payload { get; }
}
