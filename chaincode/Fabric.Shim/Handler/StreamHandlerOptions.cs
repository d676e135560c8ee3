namespace Fabric.Shim.Handler;

/// <summary>What a stream handler needs from the server's configuration.</summary>
internal sealed record StreamHandlerOptions(string ChaincodeId, string? LocalMspId);
