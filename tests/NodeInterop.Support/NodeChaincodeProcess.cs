using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace NodeInterop.Support;

/// <summary>
/// The official Node interop chaincode (<c>chaincode/index.js</c> on fabric-shim 2.5.8, chaincode-as-a-service
/// server mode) listening on a free loopback port, for a development network to dial.
/// </summary>
public sealed class NodeChaincodeProcess : IDisposable
{
    private readonly Process _process;

    private NodeChaincodeProcess(Process process, string address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>The <c>host:port</c> the peers dial.</summary>
    public string Address { get; }

    /// <summary>Starts the chaincode and returns once it accepts connections.</summary>
    /// <exception cref="InvalidOperationException">Node could not start it or it exited.</exception>
    /// <exception cref="TimeoutException">It did not listen within 10 s.</exception>
    public static async Task<NodeChaincodeProcess> StartAsync(string chaincodeId)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = NodeScript.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] arguments =
        [
            "node_modules/.bin/fabric-chaincode-node", "server",
            "--chaincode-address", $"127.0.0.1:{port}", "--chaincode-id", chaincodeId, "--module-path", "chaincode",
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started; is Node.js on PATH?");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var chaincode = new NodeChaincodeProcess(process, $"127.0.0.1:{port}");
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (process.HasExited)
            {
                chaincode.Dispose();
                throw new InvalidOperationException("the Node chaincode exited during start-up");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port).ConfigureAwait(false);
                return chaincode;
            }
            catch (SocketException)
            {
                await Task.Delay(100).ConfigureAwait(false);
            }
        }

        chaincode.Dispose();
        throw new TimeoutException("the Node chaincode did not start listening");
    }

    /// <summary>Kills the chaincode process.</summary>
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
