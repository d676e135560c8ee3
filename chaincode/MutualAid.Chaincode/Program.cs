using System.Runtime.InteropServices;
using Fabric.Shim.Server;
using Microsoft.Extensions.Logging;
using MutualAid.Chaincode;
using MutualAid.Chaincode.Time;

// Reads CHAINCODE_SERVER_ADDRESS, CHAINCODE_ID (or CORE_CHAINCODE_ID_NAME), the optional TLS
// variables and MUTUALAID_CLOCK_TOLERANCE_SECONDS, then serves the mutual-aid chaincode until SIGTERM
// or Ctrl+C, letting transactions in flight finish (ChaincodeServerOptions.ShutdownTimeout).
ChaincodeServerOptions options;
ClockCheck clock;
try
{
    options = ChaincodeEnvironment.Read();
    options.Validate();
    clock = ClockEnvironment.Read();
}
catch (Exception ex) when (ex is InvalidOperationException or IOException or System.Security.Cryptography.CryptographicException)
{
    await Console.Error.WriteLineAsync($"mutualaid-chaincode: {ex.Message}");
    return 1;
}

using var loggerFactory = LoggerFactory.Create(logging => logging.AddSimpleConsole(console => console.SingleLine = true));
using var chaincode = new MutualAidChaincode(logger: loggerFactory.CreateLogger<MutualAidChaincode>(), clock: clock);
await using var server = new ChaincodeServer(chaincode, options, loggerFactory);

using var stop = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}

using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
await server.RunAsync(stop.Token);
return 0;
