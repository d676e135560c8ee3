using Fabric.Client.Protocol;

namespace Fabric.Client;

/// <summary>
/// A Fabric channel seen through a <see cref="Gateway"/>: gives <see cref="Contract"/>s and the channel's
/// chaincode and block event streams.
/// </summary>
public sealed partial class Network
{
    private readonly SigningContext _signing;

    internal Network(GatewayRpc rpc, SigningContext signing, string name)
    {
        Rpc = rpc;
        _signing = signing;
        Name = name;
    }

    /// <summary>The channel name.</summary>
    public string Name { get; }

    internal GatewayRpc Rpc { get; }

    /// <summary>Returns the chaincode <paramref name="chaincodeName"/>, or one named contract within it.</summary>
    public Contract GetContract(string chaincodeName, string? contractName = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(chaincodeName);
        return new Contract(this, chaincodeName, string.IsNullOrEmpty(contractName) ? null : contractName);
    }

    internal Proposal NewProposal(string chaincodeName, string function, ProposalOptions options)
    {
        var proposed = ProposalBuilder.Build(_signing, Name, chaincodeName, function, options, Rpc.Options.TimeProvider);
        return new Proposal(Rpc, _signing, proposed, new TransactionLabels(proposed.TransactionId, Name, chaincodeName, function));
    }
}
