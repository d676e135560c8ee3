namespace MutualAid.Domain.Errors;

/// <summary>
/// A rule violation with a stable code from <see cref="ErrorCodes"/>. The message starts with the code
/// (<c>CLAIM_NOT_FOUND: ...</c>); the router maps it to the code's status and discards every staged write.
/// </summary>
public sealed class DomainException : Exception
{
    /// <summary>Creates the exception; the message becomes <c>CODE: detail</c>.</summary>
    public DomainException(string code, string detail)
        : base($"{code}: {detail}")
    {
        Code = code;
    }

    /// <summary>Creates an INTERNAL_ERROR exception (required by the exception pattern).</summary>
    public DomainException()
        : this(ErrorCodes.InternalError, "unspecified")
    {
    }

    /// <summary>Creates an INTERNAL_ERROR exception with a message.</summary>
    public DomainException(string message, Exception innerException)
        : base($"{ErrorCodes.InternalError}: {message}", innerException)
    {
        Code = ErrorCodes.InternalError;
    }

    /// <summary>The stable error code.</summary>
    public string Code { get; } = ErrorCodes.InternalError;

    /// <summary>The response status for <see cref="Code"/>.</summary>
    public int Status => ErrorCodes.StatusOf(Code);
}
