using Fabric.Protos.Peer;
using Fabric.Shim.Server;
using Fabric.Shim.Testing;
using Grpc.Net.Client;

namespace Fabric.Shim.Tests.Support;

/// <summary>A chaincode server on 127.0.0.1 (ephemeral port) with a scripted peer connected to it.</summary>
internal sealed class ShimHarness : IAsyncDisposable
{
    public const string ChaincodeId = "basic_1.0:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    public const string Channel = "mychannel";

    private ShimHarness(ChaincodeServer server, GrpcChannel channel, ScriptedPeer peer, string registeredId)
    {
        Server = server;
        GrpcChannel = channel;
        Peer = peer;
        RegisteredId = registeredId;
    }

    public ChaincodeServer Server { get; }

    public GrpcChannel GrpcChannel { get; }

    public ScriptedPeer Peer { get; }

    public string RegisteredId { get; }

    public static DateTimeOffset Timestamp { get; } = new(2024, 5, 1, 12, 30, 45, 123, TimeSpan.Zero);

    public static async Task<ShimHarness> StartAsync(IChaincode chaincode, string? localMspId = "Org1MSP")
    {
        var server = await StartServerAsync(chaincode, localMspId);
        var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{server.Port}");
        var (peer, id) = await ScriptedPeer.ConnectAsync(channel);
        return new ShimHarness(server, channel, peer, id);
    }

    public static Task<ShimHarness> StartAsync(Func<IChaincodeStub, Task<Response>> invoke) =>
        StartAsync(new DelegateChaincode(invoke));

    public static async Task<ChaincodeServer> StartServerAsync(
        IChaincode chaincode, string? localMspId = "Org1MSP", ChaincodeTlsOptions? tls = null, TimeSpan? shutdownTimeout = null)
    {
        var server = new ChaincodeServer(chaincode, new ChaincodeServerOptions
        {
            Address = "127.0.0.1:0",
            ChaincodeId = ChaincodeId,
            LocalMspId = localMspId,
            Tls = tls,
            ShutdownTimeout = shutdownTimeout ?? TimeSpan.FromSeconds(5),
        });
        await server.StartAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return server;
    }

    /// <summary>A TRANSACTION with a proper signed proposal; returns the message (its txid is the proposal's).</summary>
    public static ChaincodeMessage Transaction(params string[] args) => Transaction(null, args);

    public static ChaincodeMessage Transaction(IReadOnlyDictionary<string, byte[]>? transient, params string[] args)
    {
        var (proposal, txId) = TestIdentity.Proposals.Create(Channel, args, Timestamp, transient);
        return Messages.Transaction(Channel, txId, proposal, args);
    }

    /// <summary>Sends a transaction and answers its requests from <paramref name="ledger"/> until it ends.</summary>
    public async Task<ChaincodeMessage> RunAsync(InMemoryLedger ledger, ChaincodeMessage transaction)
    {
        await Peer.SendAsync(transaction);
        var ends = await Peer.ServeAsync(ledger, 1);
        return ends[0];
    }

    public async ValueTask DisposeAsync()
    {
        await Peer.DisposeAsync();
        GrpcChannel.Dispose();
        await Server.DisposeAsync();
    }
}
