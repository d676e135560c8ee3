using System.Diagnostics;

namespace MutualAid.DevNetwork.Tests.Durability;

/// <summary>The development network as a separate process, so a test can kill it at any moment.</summary>
internal sealed class DevNetworkProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private DevNetworkProcess(Process process) => _process = process;

    public static async Task<DevNetworkProcess> StartAsync(string dataDirectory, string configFile, string chaincode)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var dll = Path.Combine(AppContext.BaseDirectory, "MutualAid.DevNetwork.dll");
        foreach (var arg in new[] { dll, "--data", dataDirectory, "--config", configFile, "--chaincode", chaincode })
        {
            start.ArgumentList.Add(arg);
        }

        var running = new DevNetworkProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started"));
        running._process.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.Contains("ready", StringComparison.Ordinal) == true)
            {
                running._ready.TrySetResult();
            }
        };
        running._process.ErrorDataReceived += (_, _) => { };
        running._process.BeginOutputReadLine();
        running._process.BeginErrorReadLine();
        await running._ready.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return running;
    }

    /// <summary>Kills the process at once, as kill -9 does: no shutdown code runs.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            KillHard();
        }

        _process.Dispose();
    }
}
