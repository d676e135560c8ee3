using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using MutualAid.DevNetwork.Configuration;
using MutualAid.DevNetwork.Hosting;

DevNetworkOptions options;
NetworkConfig config;
try
{
    options = DevNetworkOptions.Parse(args);
    config = options.ApplyTo(options.ConfigFile is null ? DefaultNetwork.Create() : NetworkConfig.Load(options.ConfigFile));
}
catch (Exception error) when (error is ArgumentException or InvalidDataException or IOException)
{
    Console.Error.WriteLine(error.Message);
    Console.Error.WriteLine("usage: MutualAid.DevNetwork [--data DIR] [--config FILE] [--chaincode NAME=HOST:PORT]... [--tls | --tls-client-auth]");
    return 2;
}

var started = Stopwatch.StartNew();
await using var host = await DevNetworkHost.StartAsync(config, options.DataDirectory, options.Chaincodes, ConsoleLogging);
foreach (var peer in host.Network.Peers)
{
    Console.WriteLine($"peer {peer.Name} ({peer.MspId}) listening on {host.Scheme}://{peer.Address}");
}

if (config.Tls.Enabled)
{
    var clients = config.Tls.ClientAuthRequired ? "; clients must present a certificate from an organization's TLS CA" : string.Empty;
    Console.WriteLine($"TLS: each peer presents peers/<host>/tls/server.crt; trust peerOrganizations/<domain>/tlsca/tlsca.<domain>-cert.pem{clients}");
}

foreach (var channel in host.Network.Channels.Values)
{
    var chaincodes = config.Chaincodes.Select(c => c.Name).Concat(options.Chaincodes.Keys).DefaultIfEmpty("none");
    Console.WriteLine($"channel {channel.Name}: height {channel.Ledger.Height}, chaincodes: {string.Join(", ", chaincodes)}");
}

Console.WriteLine($"crypto material and connection profiles: {host.OrganizationsDirectory}");
Console.WriteLine($"ready in {started.ElapsedMilliseconds} ms (Ctrl+C to stop)");

var stop = new TaskCompletionSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.TrySetResult();
};
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.TrySetResult();
});
await stop.Task;
Console.WriteLine("stopping");
return 0;

// The network's own events at Information (refused requests, ledger recovery), the framework's only when they are warnings.
static void ConsoleLogging(ILoggingBuilder logging) => logging
    .AddSimpleConsole(console => console.SingleLine = true)
    .SetMinimumLevel(LogLevel.Information)
    .AddFilter("Microsoft", LogLevel.Warning)
    .AddFilter("Grpc", LogLevel.Warning);
