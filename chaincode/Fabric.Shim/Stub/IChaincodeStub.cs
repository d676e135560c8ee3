using Fabric.Protos.Peer;

namespace Fabric.Shim;

/// <summary>
/// The chaincode's view of one transaction: its facts (ids, arguments, creator, timestamp, proposal) and
/// the calls that read and write the ledger through the peer. One stub serves one transaction; its calls
/// go to the peer one at a time. Writes are not visible to reads of the same transaction (Fabric has no
/// read-your-writes). Split by concern: <c>.State.cs</c>, <c>.Queries.cs</c>, <c>.PrivateData.cs</c>, <c>.Invoke.cs</c>.
/// </summary>
public partial interface IChaincodeStub
{
    /// <summary>The transaction id (hex SHA-256 of nonce and creator).</summary>
    string TxId { get; }

    /// <summary>The channel the transaction runs on.</summary>
    string ChannelId { get; }

    /// <summary>The raw arguments: the function name first, then the parameters.</summary>
    IReadOnlyList<ReadOnlyMemory<byte>> Args { get; }

    /// <summary>The arguments decoded as UTF-8.</summary>
    IReadOnlyList<string> StringArgs { get; }

    /// <summary>The first argument, the function name (empty when there are no arguments).</summary>
    string FunctionName { get; }

    /// <summary>The arguments after the function name, decoded as UTF-8.</summary>
    IReadOnlyList<string> Parameters { get; }

    /// <summary>The serialized <c>msp.SerializedIdentity</c> of the client that signed the proposal.</summary>
    ReadOnlyMemory<byte> Creator { get; }

    /// <summary>The client's signed proposal, as the peer passed it on.</summary>
    SignedProposal SignedProposal { get; }

    /// <summary>The transaction timestamp from the proposal's channel header: the same on every endorser.</summary>
    /// <exception cref="InvalidOperationException">The channel header carries no timestamp, or one outside the protobuf Timestamp range.</exception>
    DateTimeOffset TxTimestamp { get; }

    /// <summary>
    /// The channel header's timestamp exactly as the client wrote it (a copy): null when absent, and unchecked, so its
    /// seconds or nanoseconds may lie outside the protobuf Timestamp range, since no Fabric peer checks them. What the
    /// Go shim's <c>GetTxTimestamp</c> returns; <see cref="TxTimestamp"/> is its checked conversion.
    /// </summary>
    Google.Protobuf.WellKnownTypes.Timestamp? ProposalTimestamp { get; }

    /// <summary>The proposal binding: hex SHA-256 of nonce ‖ creator ‖ epoch (8 bytes, little-endian).</summary>
    string Binding { get; }

    /// <summary>The transient data of the proposal: passed to the chaincode but never written to the ledger.</summary>
    IReadOnlyDictionary<string, ReadOnlyMemory<byte>> TransientMap { get; }

    /// <summary>The decorations the peer's decorator plugins added to the input (normally none).</summary>
    IReadOnlyDictionary<string, ReadOnlyMemory<byte>> Decorations { get; }

    /// <summary>The function name and the parameters, as a pair.</summary>
    (string Function, IReadOnlyList<string> Parameters) GetFunctionAndParameters();

    /// <summary>The MSP id of the peer running the chaincode, from <c>CORE_PEER_LOCALMSPID</c>.</summary>
    /// <exception cref="InvalidOperationException">The variable was not set for the chaincode process.</exception>
    string GetMspId();

    /// <summary>Sets the transaction's event; a later call replaces it. It reaches clients only if the transaction commits.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    void SetEvent(string name, ReadOnlyMemory<byte> payload);

    /// <summary>Builds a composite key (see <see cref="Keys.CompositeKey.Create"/>).</summary>
    /// <exception cref="ArgumentException">The type or an attribute contains U+0000 or U+10FFFF.</exception>
    string CreateCompositeKey(string objectType, params IEnumerable<string> attributes);

    /// <summary>Splits a composite key into its type and attributes (see <see cref="Keys.CompositeKey.Split"/>).</summary>
    /// <exception cref="ArgumentException">The key is not a composite key.</exception>
    (string ObjectType, IReadOnlyList<string> Attributes) SplitCompositeKey(string compositeKey);
}
