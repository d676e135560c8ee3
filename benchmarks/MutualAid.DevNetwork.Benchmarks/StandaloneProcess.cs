using System.Diagnostics;
using MutualAid.DevNetwork.Configuration;

/// <summary>Starts the network as its own process, as a user would, and reports time to "ready" and idle memory.</summary>
internal static class StandaloneProcess
{
    public static async Task ReportAsync()
    {
        var directory = Directory.CreateTempSubdirectory("devnet-idle-").FullName;
        try
        {
            var defaults = DefaultNetwork.Create();
            var config = defaults with { Organizations = [.. defaults.Organizations.Select(o => o with { Peers = [.. o.Peers.Select(p => p with { Port = Ports.Free() })] })] };
            var configFile = Path.Combine(directory, "network.json");
            config.Save(configFile);
            foreach (var run in new[] { "first start (generates crypto)", "restart (existing data)" })
            {
                var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
                foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "MutualAid.DevNetwork.dll"), "--data", Path.Combine(directory, "data"), "--config", configFile })
                {
                    start.ArgumentList.Add(arg);
                }

                var clock = Stopwatch.StartNew();
                using var process = Process.Start(start)!;
                var ready = new TaskCompletionSource();
                process.OutputDataReceived += (_, line) => { if (line.Data?.Contains("ready", StringComparison.Ordinal) == true) { ready.TrySetResult(); } };
                process.BeginOutputReadLine();
                process.BeginErrorReadLine();
                await ready.Task.WaitAsync(TimeSpan.FromSeconds(60));
                var toReady = clock.Elapsed;
                await Task.Delay(TimeSpan.FromSeconds(3));
                process.Refresh();
                Console.WriteLine($"standalone {run}: ready after {toReady.TotalMilliseconds:F0} ms (process start included), idle working set {process.WorkingSet64 / (1024.0 * 1024.0):F0} MiB");
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
