namespace Fabric.Client.Errors;

/// <summary>
/// The base of every failure this client reports about a transaction or a request: it names the
/// transaction (when there is one) and says whether trying again could succeed.
/// </summary>
public abstract class FabricClientException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected FabricClientException(string message, string? transactionId, Exception? innerException)
        : base(message, innerException)
    {
        TransactionId = transactionId;
    }

    /// <summary>The id of the transaction concerned, or null when the request had none.</summary>
    public string? TransactionId { get; }

    /// <summary>
    /// True when the same request could succeed if tried again later (the failure came from the
    /// transport or from load, not from the transaction). See each subclass for what "again" means.
    /// </summary>
    public abstract bool IsTransient { get; }
}
