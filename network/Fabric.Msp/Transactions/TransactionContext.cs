using Fabric.Msp.Identities;

namespace Fabric.Msp.Transactions;

/// <summary>The nonce, creator and transaction id of one new transaction, computed together so they agree.</summary>
public sealed class TransactionContext
{
    private TransactionContext(byte[] nonce, ReadOnlyMemory<byte> creator)
    {
        Nonce = nonce;
        Creator = creator;
        TransactionId = Transactions.TransactionId.Compute(nonce, creator.Span);
    }

    /// <summary>The random nonce of the signature header.</summary>
    public ReadOnlyMemory<byte> Nonce { get; }

    /// <summary>The creator of the signature header: the serialized identity.</summary>
    public ReadOnlyMemory<byte> Creator { get; }

    /// <summary>The transaction id: lowercase hex SHA-256(nonce ‖ creator).</summary>
    public string TransactionId { get; }

    /// <summary>Creates a context with a fresh 24-byte nonce for <paramref name="identity"/>.</summary>
    public static TransactionContext New(X509Identity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return new TransactionContext(Transactions.TransactionId.NewNonce(), identity.Serialized);
    }

    /// <summary>Creates a context for a given nonce (for replaying or testing a known transaction).</summary>
    public static TransactionContext FromNonce(X509Identity identity, ReadOnlySpan<byte> nonce)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return new TransactionContext(nonce.ToArray(), identity.Serialized);
    }
}
