namespace Fabric.Msp.Errors;

/// <summary>
/// An identity failed MSP validation: wrong MSP, unknown CA, a CA certificate used as an identity, or
/// a missing or ambiguous NodeOU. Carries the MSP id and the certificate subject for diagnostics.
/// </summary>
public sealed class IdentityRejectedException : MspException
{
    /// <summary>Creates the exception for the identity of <paramref name="mspId"/> with <paramref name="subject"/>.</summary>
    public IdentityRejectedException(string code, string mspId, string subject, string detail)
        : base(code, $"{detail} (msp {mspId}, subject '{subject}')")
    {
        MspId = mspId;
        Subject = subject;
    }

    /// <summary>The MSP id the identity claims.</summary>
    public string MspId { get; }

    /// <summary>The subject distinguished name of the rejected certificate.</summary>
    public string Subject { get; }
}
