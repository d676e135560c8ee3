using System.Runtime.InteropServices;
using AssetTransferBasic;
using Fabric.Shim.Contracts;
using Fabric.Shim.Server;
using Microsoft.Extensions.Logging;

// Reads CHAINCODE_SERVER_ADDRESS, CHAINCODE_ID (or CORE_CHAINCODE_ID_NAME) and the optional TLS
// variables, then serves the contract until SIGTERM or Ctrl+C.
ChaincodeServerOptions options;
try
{
    options = ChaincodeEnvironment.Read();
    options.Validate();
}
catch (Exception ex) when (ex is InvalidOperationException or IOException or System.Security.Cryptography.CryptographicException)
{
    await Console.Error.WriteLineAsync($"asset-transfer-basic: {ex.Message}");
    return 1;
}

using var loggerFactory = LoggerFactory.Create(logging => logging.AddSimpleConsole(console => console.SingleLine = true));
await using var server = new ChaincodeServer(new ContractChaincode(new AssetTransferContract()), options, loggerFactory);

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
