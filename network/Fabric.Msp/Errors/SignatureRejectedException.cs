namespace Fabric.Msp.Errors;

/// <summary>
/// A signature failed verification: malformed DER (<see cref="MspErrorCodes.MalformedSignature"/>),
/// a high S (<see cref="MspErrorCodes.HighSSignature"/>) or an ECDSA check that did not pass
/// (<see cref="MspErrorCodes.InvalidSignature"/>).
/// </summary>
public sealed class SignatureRejectedException : MspException
{
    /// <summary>Creates the exception with the code of the failed check.</summary>
    public SignatureRejectedException(string code, string detail, Exception? innerException = null)
        : base(code, detail, innerException)
    {
    }
}
