namespace Fabric.Shim.Server;

/// <summary>
/// How a <see cref="ChaincodeServer"/> listens and registers. <see cref="ChaincodeEnvironment.Read()"/> fills it
/// from the environment variables the other Fabric shims and samples use.
/// </summary>
public sealed class ChaincodeServerOptions
{
    /// <summary>The <c>host:port</c> to listen on, e.g. <c>0.0.0.0:9999</c>; port 0 picks a free port.</summary>
    public string Address { get; set; } = string.Empty;

    /// <summary>The package id (<c>label:sha256hex</c>) sent in REGISTER; the peer refuses any other value.</summary>
    public string ChaincodeId { get; set; } = string.Empty;

    /// <summary>The MSP id of the peer's organization, returned by <see cref="IChaincodeStub.GetMspId"/>; optional.</summary>
    public string? LocalMspId { get; set; }

    /// <summary>The TLS settings; null serves plaintext HTTP/2 (h2c).</summary>
    public ChaincodeTlsOptions? Tls { get; set; }

    /// <summary>How long a graceful stop waits for transactions in flight before closing streams. Default 10 s.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The largest message accepted from or sent to the peer, in bytes. Default 100 MiB, as Fabric's peer.</summary>
    public int MaxMessageSize { get; set; } = 100 * 1024 * 1024;

    /// <summary>Checks that the options can start a server.</summary>
    /// <exception cref="InvalidOperationException">The address or the chaincode id is missing.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Address))
        {
            throw new InvalidOperationException(
                $"the chaincode server address is not set (set {ChaincodeEnvironment.ServerAddress} to host:port)");
        }

        if (string.IsNullOrWhiteSpace(ChaincodeId))
        {
            throw new InvalidOperationException(
                $"the chaincode id is not set (set {ChaincodeEnvironment.ChaincodeIdName} or {ChaincodeEnvironment.ChaincodeId} to the package id label:hash)");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxMessageSize);
    }
}
