using System.Diagnostics;

namespace MutualAid.Chaincode.Tests.Time;

/// <summary>The standalone chaincode server refuses a bad tolerance setting at start-up, as it refuses its other settings.</summary>
[CancelAfter(60_000)]
public sealed class ProgramClockSettingTests
{
    [TestCase("0")]
    [TestCase("7200")]
    [TestCase("5m")]
    public async Task Main_BadToleranceSetting_ExitsWithCode1AndNamesTheVariable(string value)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MutualAid.Chaincode.dll"));
        start.Environment["CHAINCODE_SERVER_ADDRESS"] = "127.0.0.1:0";
        start.Environment["CHAINCODE_ID"] = "mutualaid:1.0";
        start.Environment["MUTUALAID_CLOCK_TOLERANCE_SECONDS"] = value;

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.CurrentContext.CancellationToken);
        try
        {
            await process.WaitForExitAsync(TestContext.CurrentContext.CancellationToken);
        }
        finally
        {
            if (!process.HasExited)
            {
                // A server that accepted the setting would listen until stopped.
                process.Kill();
            }
        }

        Assert.That(process.ExitCode, Is.EqualTo(1));
        Assert.That(await error, Does.StartWith("mutualaid-chaincode: MUTUALAID_CLOCK_TOLERANCE_SECONDS "));
    }
}
