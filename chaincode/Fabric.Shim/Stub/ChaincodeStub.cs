using Fabric.Protos.Peer;
using Fabric.Shim.Handler;
using Fabric.Shim.Keys;
using Google.Protobuf;
using Google.Protobuf.Collections;

namespace Fabric.Shim.Stub;

/// <summary>
/// The stub of one transaction, built from the TRANSACTION message's input and signed proposal. Split by
/// concern: facts here, <c>.State.cs</c>, <c>.Queries.cs</c>, <c>.PrivateData.cs</c>, <c>.Invoke.cs</c>.
/// </summary>
internal sealed partial class ChaincodeStub : IChaincodeStub
{
    private readonly IPeerRequests _peer;
    private readonly SignedProposalInfo _proposal;
    private readonly string? _localMspId;
    private readonly string[] _stringArgs;
    private readonly ChaincodeInput _input;
    private IReadOnlyList<ReadOnlyMemory<byte>>? _args;
    private IReadOnlyDictionary<string, ReadOnlyMemory<byte>>? _transientMap;
    private string? _binding;

    public ChaincodeStub(IPeerRequests peer, ChaincodeInput input, SignedProposalInfo proposal, string? localMspId)
    {
        _peer = peer;
        _input = input;
        _proposal = proposal;
        _localMspId = localMspId;
        _stringArgs = new string[input.Args.Count];
        for (var i = 0; i < _stringArgs.Length; i++)
        {
            _stringArgs[i] = input.Args[i].ToStringUtf8();
        }
    }

    /// <summary>The event set by <see cref="SetEvent"/>, carried on COMPLETED; null when none was set.</summary>
    public ChaincodeEvent? Event { get; private set; }

    public string TxId => _peer.TxId;

    public string ChannelId => _peer.ChannelId;

    public IReadOnlyList<ReadOnlyMemory<byte>> Args => _args ??= _input.Args.Select(a => a.Memory).ToArray();

    public IReadOnlyList<string> StringArgs => _stringArgs;

    public string FunctionName => _stringArgs.Length > 0 ? _stringArgs[0] : string.Empty;

    public IReadOnlyList<string> Parameters => _stringArgs.Length > 1 ? new ArraySegment<string>(_stringArgs, 1, _stringArgs.Length - 1) : [];

    public ReadOnlyMemory<byte> Creator => _proposal.SignatureHeader.Creator.Memory;

    public SignedProposal SignedProposal => _proposal.SignedProposal;

    public DateTimeOffset TxTimestamp => _proposal.Timestamp?.ToDateTimeOffset()
        ?? throw new InvalidOperationException("the proposal's channel header carries no timestamp");

    public Google.Protobuf.WellKnownTypes.Timestamp? ProposalTimestamp => _proposal.Timestamp?.Clone();

    public string Binding => _binding ??= _proposal.ComputeBinding();

    public IReadOnlyDictionary<string, ReadOnlyMemory<byte>> TransientMap => _transientMap ??= ToDictionary(_proposal.TransientMap);

    public IReadOnlyDictionary<string, ReadOnlyMemory<byte>> Decorations => ToDictionary(_input.Decorations);

    public (string Function, IReadOnlyList<string> Parameters) GetFunctionAndParameters() => (FunctionName, Parameters);

    public string GetMspId() => string.IsNullOrEmpty(_localMspId)
        ? throw new InvalidOperationException("'CORE_PEER_LOCALMSPID' is not set in the chaincode's environment")
        : _localMspId;

    public void SetEvent(string name, ReadOnlyMemory<byte> payload)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Event = new ChaincodeEvent { EventName = name, Payload = ByteString.CopyFrom(payload.Span) };
    }

    public string CreateCompositeKey(string objectType, params IEnumerable<string> attributes) =>
        CompositeKey.Create(objectType, attributes);

    public (string ObjectType, IReadOnlyList<string> Attributes) SplitCompositeKey(string compositeKey) =>
        CompositeKey.Split(compositeKey);

    private static Dictionary<string, ReadOnlyMemory<byte>> ToDictionary(MapField<string, ByteString> map)
    {
        var result = new Dictionary<string, ReadOnlyMemory<byte>>(map.Count, StringComparer.Ordinal);
        foreach (var pair in map)
        {
            result[pair.Key] = pair.Value.Memory;
        }

        return result;
    }
}
