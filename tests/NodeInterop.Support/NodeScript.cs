using System.Diagnostics;
using System.Reflection;

namespace NodeInterop.Support;

/// <summary>Runs a script from the pinned Node interop package and returns what it printed.</summary>
public static class NodeScript
{
    /// <summary>The folder holding package.json and the installed node_modules.</summary>
    public static string Directory { get; } = typeof(NodeScript).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "NodeInteropDirectory").Value!;

    /// <summary>
    /// Runs <c>node script args</c> in <see cref="Directory"/>, writing <paramref name="stdin"/> to it.
    /// </summary>
    /// <exception cref="InvalidOperationException">The script exited non-zero or timed out.</exception>
    public static async Task<string> RunAsync(string script, string stdin = "", params string[] args)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException("node could not be started; is Node.js on PATH?");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin).ConfigureAwait(false);
        process.StandardInput.Close();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"node {script} timed out");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"node {script} exited with {process.ExitCode}: {await error.ConfigureAwait(false)}");
        }

        return await output.ConfigureAwait(false);
    }
}
