using Fabric.Msp.DevCa;
using Fabric.Msp.Signing;
using Fabric.Protos.Peer;
using Google.Protobuf;
using Grpc.Net.Client;
using MutualAid.DevNetwork.Configuration;
using MutualAid.DevNetwork.Hosting;
using MutualAid.DevNetwork.Tests.Chaincode;
using CollectionConfig = MutualAid.DevNetwork.Configuration.CollectionConfig;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace MutualAid.DevNetwork.Tests.Gateway;

/// <summary>
/// A development network with a scripted key-value chaincode "kv" ("put k v" writes and emits an
/// event, "get k" reads), and gRPC clients for its peers.
/// </summary>
internal sealed class GatewayFixture : IAsyncDisposable
{
    private readonly Dictionary<string, GrpcChannel> _channels = [];

    private GatewayFixture(DevNetworkHost host, ScriptedChaincode chaincode, ScriptedChaincode second, string directory)
    {
        Host = host;
        Chaincode = chaincode;
        Second = second;
        Directory = directory;
    }

    public DevNetworkHost Host { get; }

    public ScriptedChaincode Chaincode { get; }

    /// <summary>A second chaincode with the same behaviour, "kv2", for chaincode-to-chaincode calls.</summary>
    public ScriptedChaincode Second { get; }

    public string Directory { get; }

    public static async Task<GatewayFixture> StartAsync()
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("devnet-gw-").FullName;
        var chaincode = await ScriptedChaincode.StartAsync("kv:1", KeyValueBody);
        var second = await ScriptedChaincode.StartAsync("kv2:1", KeyValueBody);
        var config = TestNetworks.OnFreePorts() with
        {
            Chaincodes =
            [
                new ChaincodeConfig
                {
                    Name = "kv",
                    Address = chaincode.Address,
                    Collections =
                    [
                        new CollectionConfig { Name = "shared", Policy = "OR('InsurerMSP.member', 'NgoMSP.member')" },
                        new CollectionConfig { Name = "short", Policy = "OR('InsurerMSP.member', 'NgoMSP.member')", BlockToLive = 2 },
                    ],
                },
            ],
        };
        var host = await DevNetworkHost.StartAsync(config, directory, new Dictionary<string, string> { ["kv2"] = second.Address });
        return new GatewayFixture(host, chaincode, second, directory);
    }

    public Fabric.Protos.GatewayApi.Gateway.GatewayClient Gateway(string mspId = "InsurerMSP") => new(Channel(mspId));

    public Deliver.DeliverClient Deliver(string mspId = "InsurerMSP") => new(Channel(mspId));

    public Endorser.EndorserClient Endorser(string mspId = "InsurerMSP") => new(Channel(mspId));

    public SigningIdentity User(string mspId = "InsurerMSP", string user = "User1")
    {
        var consortium = ConsortiumSpec.From(Host.Config);
        var organization = consortium.PeerOrganizations.Single(o => o.MspId == mspId);
        return DevCryptoMaterial.LoadUser(Host.OrganizationsDirectory, organization, user);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var channel in _channels.Values)
        {
            channel.Dispose();
        }

        await Host.DisposeAsync();
        await Chaincode.DisposeAsync();
        await Second.DisposeAsync();
        System.IO.Directory.Delete(Directory, recursive: true);
    }

    private GrpcChannel Channel(string mspId)
    {
        if (!_channels.TryGetValue(mspId, out var channel))
        {
            channel = GrpcChannel.ForAddress("http://" + Host.Network.Peers.First(p => p.MspId == mspId).Address);
            _channels[mspId] = channel;
        }

        return channel;
    }

    private static async Task<ChaincodeMessage> KeyValueBody(ChaincodeMessage transaction, Func<MessageType, IMessage, Task<ChaincodeMessage>> request)
    {
        var args = ChaincodeInput.Parser.ParseFrom(transaction.Payload).Args.Select(a => a.ToStringUtf8()).ToArray();
        var completed = new ChaincodeMessage { Type = MessageType.Completed };
        switch (args)
        {
            case ["put", var key, var value]:
                await request(MessageType.PutState, new PutState { Key = key, Value = ByteString.CopyFromUtf8(value) });
                completed.ChaincodeEvent = new ChaincodeEvent { EventName = "Put", Payload = ByteString.CopyFromUtf8(key) };
                completed.Payload = new Response { Status = 200, Payload = ByteString.CopyFromUtf8(value) }.ToByteString();
                break;
            case ["get", var key]:
                var reply = await request(MessageType.GetState, new GetState { Key = key });
                completed.Payload = new Response { Status = 200, Payload = reply.Payload }.ToByteString();
                break;
            case ["pput", var collection, var key]:
                var secret = ChaincodeProposalPayload.Parser.ParseFrom(Proposal.Parser.ParseFrom(transaction.Proposal.ProposalBytes).Payload).TransientMap["value"];
                await request(MessageType.PutState, new PutState { Key = key, Value = secret, Collection = collection });
                completed.Payload = new Response { Status = 200 }.ToByteString();
                break;
            case ["pget" or "phash" or "ppurge", var collection, var key]:
                var type = args[0] switch { "pget" => MessageType.GetState, "phash" => MessageType.GetPrivateDataHash, _ => MessageType.PurgePrivateData };
                var answer = type == MessageType.PurgePrivateData
                    ? await request(type, new PurgePrivateState { Key = key, Collection = collection })
                    : await request(type, new GetState { Key = key, Collection = collection });
                completed.Payload = answer.Type == MessageType.Response
                    ? new Response { Status = 200, Payload = answer.Payload }.ToByteString()
                    : new Response { Status = 500, Message = answer.Payload.ToStringUtf8() }.ToByteString();
                break;
            case ["vp", var key, var policy]:
                var parameter = MutualAid.DevNetwork.Policies.SignaturePolicyCompiler.Compile(policy).ToByteString();
                await request(MessageType.PutStateMetadata, new PutStateMetadata { Key = key, Metadata = new StateMetadata { Metakey = "VALIDATION_PARAMETER", Value = parameter } });
                completed.Payload = new Response { Status = 200 }.ToByteString();
                break;
            case ["invoke", var target, .. var rest]:
                var spec = new ChaincodeSpec { ChaincodeId = new ChaincodeID { Name = target }, Input = new ChaincodeInput { Args = { rest.Select(ByteString.CopyFromUtf8) } } };
                var called = await request(MessageType.InvokeChaincode, spec);
                var inner = ChaincodeMessage.Parser.ParseFrom(called.Payload);
                completed.Payload = called.Type == MessageType.Response && inner.Type == MessageType.Completed
                    ? new Response { Status = 200, Payload = Response.Parser.ParseFrom(inner.Payload).Payload }.ToByteString()
                    : new Response { Status = 500, Message = "invoke failed" }.ToByteString();
                break;
            case ["fail", var message]:
                completed.Payload = new Response { Status = 500, Message = message }.ToByteString();
                break;
            case ["error", var message]:
                completed = new ChaincodeMessage { Type = MessageType.Error, Payload = ByteString.CopyFromUtf8(message) };
                break;
            default:
                completed.Payload = new Response { Status = 400, Message = "unknown function" }.ToByteString();
                break;
        }

        return completed;
    }
}
