using System.Diagnostics;
using System.Net.Sockets;
using NodeInterop.Support;

namespace MutualAid.DevNetwork.Tests.Interop;

/// <summary>The official Node chaincode (fabric-shim 2.5.8, server mode) running the interop contract on loopback.</summary>
internal sealed class NodeChaincodeServer : IDisposable
{
    private readonly Process _process;

    private NodeChaincodeServer(Process process, string address)
    {
        _process = process;
        Address = address;
    }

    public string Address { get; }

    public static async Task<NodeChaincodeServer> StartAsync(string chaincodeId)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = NodeScript.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "node_modules/.bin/fabric-chaincode-node", "server", "--chaincode-address", $"127.0.0.1:{port}", "--chaincode-id", chaincodeId, "--module-path", "chaincode" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new NodeChaincodeServer(process, $"127.0.0.1:{port}");
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the Node chaincode exited with {process.ExitCode}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", port);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        server.Dispose();
        throw new TimeoutException("the Node chaincode did not start listening");
    }

    public bool HasExited => _process.HasExited;

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
