namespace Fabric.Msp.Errors;

/// <summary>
/// The base of every failure this library reports: a stable <see cref="Code"/> from
/// <see cref="MspErrorCodes"/>, which is also the first word of <see cref="Exception.Message"/>
/// (<c>"HIGH_S_SIGNATURE: ..."</c>). None of these failures is transient: retrying with the same
/// input gives the same result.
/// </summary>
public class MspException : Exception
{
    /// <summary>Creates an exception with a stable code and a detail message.</summary>
    public MspException(string code, string detail, Exception? innerException = null)
        : base($"{code}: {detail}", innerException)
    {
        Code = code;
        Detail = detail;
    }

    /// <summary>The stable error code, one of <see cref="MspErrorCodes"/>.</summary>
    public string Code { get; }

    /// <summary>The message without the code prefix.</summary>
    public string Detail { get; }
}
