using System.Runtime.InteropServices;
using Fabric.Shim.Server;
using Microsoft.Extensions.Logging;
using MutualAid.Chaincode;

// Reads CHAINCODE_SERVER_ADDRESS, CHAINCODE_ID (or CORE_CHAINCODE_ID_NAME) and the optional TLS
// variables, then serves the mutual-aid chaincode until SIGTERM or Ctrl+C, letting transactions in
// flight finish (ChaincodeServerOptions.ShutdownTimeout).
ChaincodeServerOptions options;
try
{
    options = ChaincodeEnvironment.Read();
    options.Validate();
}
catch (Exception ex) when (ex is InvalidOperationException or IOException or System.Security.Cryptography.CryptographicException)
{
    await Console.Error.WriteLineAsync($"mutualaid-chaincode: {ex.Message}");
    return 1;
}

using var loggerFactory = LoggerFactory.Create(logging => logging.AddSimpleConsole(console => console.SingleLine = true));
using var chaincode = new MutualAidChaincode(logger: loggerFactory.CreateLogger<MutualAidChaincode>());
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
