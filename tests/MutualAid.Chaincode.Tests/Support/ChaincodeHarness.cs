using Fabric.Protos.Peer;
using Fabric.Shim;
using Fabric.Shim.Server;
using Fabric.Shim.Testing;
using Grpc.Net.Client;
using Microsoft.Extensions.Time.Testing;

namespace MutualAid.Chaincode.Tests.Support;

/// <summary>A chaincode server on 127.0.0.1 (free port) with the shim's scripted peer connected to it, and an in-memory ledger.</summary>
internal sealed class ChaincodeHarness : IAsyncDisposable
{
    public const string Channel = "mutualaid";
    public const string ChaincodeId = "mutualaid:1.0";

    private ChaincodeHarness(ChaincodeServer server, GrpcChannel channel, ScriptedPeer peer, FakeTimeProvider time)
    {
        Server = server;
        GrpcChannel = channel;
        Peer = peer;
        Time = time;
    }

    public ChaincodeServer Server { get; }

    public GrpcChannel GrpcChannel { get; }

    public ScriptedPeer Peer { get; }

    public InMemoryLedger Ledger { get; } = new();

    /// <summary>
    /// The clock of the harness: <see cref="Transaction"/> moves it one second on and dates the proposal by it, so a
    /// chaincode checking timestamps against it (see <see cref="NewTime"/>) accepts every such transaction.
    /// </summary>
    public FakeTimeProvider Time { get; }

    /// <summary>A clock at 2025-03-01T09:00Z, for a chaincode and the harness to share.</summary>
    public static FakeTimeProvider NewTime() => new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public static async Task<ChaincodeHarness> StartAsync(IChaincode chaincode, FakeTimeProvider? time = null)
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
        return new ChaincodeHarness(server, channel, peer, time ?? NewTime());
    }

    /// <summary>A TRANSACTION message from <paramref name="caller"/> for <paramref name="args"/>, one second after the previous one.</summary>
    public ChaincodeMessage Transaction(ProposalFactory caller, IReadOnlyDictionary<string, byte[]>? transient = null, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(caller);
        Time.Advance(TimeSpan.FromSeconds(1));
        var (proposal, txId) = caller.Create(Channel, args, Time.GetUtcNow(), transient);
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
