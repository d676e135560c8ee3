using Fabric.Protos.Peer;
using Fabric.Shim;
using Fabric.Shim.Server;
using Fabric.Shim.Testing;
using Grpc.Net.Client;

namespace MutualAid.Chaincode.Tests.Support;

/// <summary>A chaincode server on 127.0.0.1 (free port) with the shim's scripted peer connected to it, and an in-memory ledger.</summary>
internal sealed class ChaincodeHarness : IAsyncDisposable
{
    public const string Channel = "mutualaid";
    public const string ChaincodeId = "mutualaid:1.0";

    private ChaincodeHarness(ChaincodeServer server, GrpcChannel channel, ScriptedPeer peer)
    {
        Server = server;
        GrpcChannel = channel;
        Peer = peer;
    }

    public ChaincodeServer Server { get; }

    public GrpcChannel GrpcChannel { get; }

    public ScriptedPeer Peer { get; }

    public InMemoryLedger Ledger { get; } = new();

    /// <summary>The proposal time of the first transaction; every transaction made by <see cref="Transaction"/> is one minute later.</summary>
    public DateTimeOffset Clock { get; private set; } = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static async Task<ChaincodeHarness> StartAsync(IChaincode chaincode)
    {
        var server = new ChaincodeServer(chaincode, new ChaincodeServerOptions
        {
            Address = "127.0.0.1:0",
            ChaincodeId = ChaincodeId,
            LocalMspId = DomainCalls.InsurerMsp,
            ShutdownTimeout = TimeSpan.FromSeconds(5),
        });
        await server.StartAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{server.Port}");
        var (peer, _) = await ScriptedPeer.ConnectAsync(channel);
        return new ChaincodeHarness(server, channel, peer);
    }

    /// <summary>A TRANSACTION message from <paramref name="caller"/> for <paramref name="args"/>, one minute after the previous one.</summary>
    public ChaincodeMessage Transaction(ProposalFactory caller, IReadOnlyDictionary<string, byte[]>? transient = null, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(caller);
        Clock = Clock.AddMinutes(1);
        var (proposal, txId) = caller.Create(Channel, args, Clock, transient);
        return Messages.Transaction(Channel, txId, proposal, args);
    }

    /// <summary>Sends one transaction, answers its requests from <see cref="Ledger"/>, and returns its COMPLETED (or ERROR) message.</summary>
    public async Task<ChaincodeMessage> RunAsync(ChaincodeMessage transaction)
    {
        await Peer.SendAsync(transaction);
        return (await Peer.ServeAsync(Ledger, 1))[0];
    }

    /// <summary>Runs <paramref name="function"/> with <paramref name="json"/> as <paramref name="caller"/> and returns the chaincode's response and event.</summary>
    public async Task<(Response Response, ChaincodeEvent? Event, string TxId)> CallAsync(
        ProposalFactory caller, string function, string? json = null, IReadOnlyDictionary<string, byte[]>? transient = null)
    {
        var transaction = Transaction(caller, transient, json is null ? [function] : [function, json]);
        var completed = await RunAsync(transaction);
        return (Messages.ResponseOf(completed), completed.ChaincodeEvent, transaction.Txid);
    }

    public async ValueTask DisposeAsync()
    {
        await Peer.DisposeAsync();
        GrpcChannel.Dispose();
        await Server.DisposeAsync();
    }
}
