using System.Collections.Concurrent;
using Fabric.Msp.Collections;
using Fabric.Shim;
using Fabric.Shim.Identity;
using MutualAid.Domain.State;

namespace MutualAid.Chaincode.Calls;

/// <summary>
/// Builds the domain's <see cref="TxContext"/> from the stub: the transaction id, the proposal's timestamp as the
/// host's clock check accepted it (the same on every endorser) and the caller read from the proposal's creator
/// certificate.
/// </summary>
public static class TxContextReader
{
    /// <summary>The certificate attribute (Fabric CA attribute extension) that carries the caller's role.</summary>
    public const string RoleAttribute = "role";

    // The same few creators sign every transaction; parsing the certificate and formatting its id each time cost more
    // than many a handler. The caller is a pure function of the creator bytes, so caching it changes no result.
    private const int CacheCapacity = 1_000;
    private static readonly ConcurrentDictionary<byte[], Caller> Callers = new(ByteArrayKeyComparer.Instance);

    /// <summary>Reads the transaction context of <paramref name="stub"/>, whose proposal is dated <paramref name="timestamp"/>.</summary>
    /// <exception cref="Fabric.Msp.Errors.MspException">The creator is not a serialized X.509 identity, or its attributes are malformed.</exception>
    public static TxContext Read(IChaincodeStub stub, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(stub);
        return new TxContext(stub.TxId, timestamp, CallerOf(stub.Creator));
    }

    private static Caller CallerOf(ReadOnlyMemory<byte> creator)
    {
        if (Callers.GetAlternateLookup<ReadOnlySpan<byte>>().TryGetValue(creator.Span, out var known))
        {
            return known;
        }

        var identity = new ClientIdentity(creator);
        var caller = new Caller(identity.GetMspId(), identity.GetAttributeValue(RoleAttribute), identity.GetId());
        if (Callers.Count >= CacheCapacity)
        {
            Callers.Clear();
        }

        Callers.TryAdd(creator.ToArray(), caller);
        return caller;
    }
}
