using System.Collections;

namespace Fabric.Shim.Server;

/// <summary>
/// The environment variables a chaincode server reads: the names of fabric-samples and the Go shim first,
/// then the <c>CORE_</c> names of the Node shim's server command. See the shim's README.
/// </summary>
public static class ChaincodeEnvironment
{
    /// <summary><c>host:port</c> to listen on (fabric-samples, Go).</summary>
    public const string ServerAddress = "CHAINCODE_SERVER_ADDRESS";

    /// <summary>Alias of <see cref="ServerAddress"/> (Node <c>--chaincode-address</c>).</summary>
    public const string CoreChaincodeAddress = "CORE_CHAINCODE_ADDRESS";

    /// <summary>The package id (Go <c>shim.Start</c>, the test network's CCaaS deployment).</summary>
    public const string ChaincodeIdName = "CORE_CHAINCODE_ID_NAME";

    /// <summary>The package id as fabric-samples name it.</summary>
    public const string ChaincodeId = "CHAINCODE_ID";

    /// <summary>The package id as the Node server command reads it (<c>--chaincode-id</c>).</summary>
    public const string CoreChaincodeId = "CORE_CHAINCODE_ID";

    /// <summary>The peer organization's MSP id, for <see cref="IChaincodeStub.GetMspId"/>.</summary>
    public const string LocalMspId = "CORE_PEER_LOCALMSPID";

    /// <summary><c>true</c> turns TLS off; <c>false</c> requires it; unset means TLS when a certificate and key are given.</summary>
    public const string TlsDisabled = "CHAINCODE_TLS_DISABLED";

    /// <summary>Path of the server's PEM certificate.</summary>
    public const string TlsCert = "CHAINCODE_TLS_CERT";

    /// <summary>Path of the server's PEM private key.</summary>
    public const string TlsKey = "CHAINCODE_TLS_KEY";

    /// <summary>Path of the PEM CA certificates of peer client certificates; setting it turns on mutual TLS.</summary>
    public const string ClientCaCert = "CHAINCODE_CLIENT_CA_CERT";

    /// <summary>Node alias of <see cref="TlsCert"/>.</summary>
    public const string CoreTlsCertFile = "CORE_CHAINCODE_TLS_CERT_FILE";

    /// <summary>Node alias of <see cref="TlsKey"/>.</summary>
    public const string CoreTlsKeyFile = "CORE_CHAINCODE_TLS_KEY_FILE";

    /// <summary>Node alias of <see cref="ClientCaCert"/>.</summary>
    public const string CoreTlsClientCaCertFile = "CORE_CHAINCODE_TLS_CLIENT_CACERT_FILE";

    /// <summary>Reads server options from the process environment.</summary>
    /// <exception cref="InvalidOperationException">TLS is required but the certificate or key is not set, or a value is invalid.</exception>
    /// <exception cref="IOException">A TLS file cannot be read.</exception>
    public static ChaincodeServerOptions Read() => Read(ProcessEnvironment());

    /// <summary>Reads server options from <paramref name="variables"/>.</summary>
    /// <exception cref="InvalidOperationException">TLS is required but the certificate or key is not set, or a value is invalid.</exception>
    /// <exception cref="IOException">A TLS file cannot be read.</exception>
    public static ChaincodeServerOptions Read(IReadOnlyDictionary<string, string> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        string? Get(params string[] names) =>
            names.Select(n => variables.TryGetValue(n, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null)
                .FirstOrDefault(v => v is not null);

        var options = new ChaincodeServerOptions
        {
            Address = Get(ServerAddress, CoreChaincodeAddress) ?? string.Empty,
            ChaincodeId = Get(ChaincodeIdName, ChaincodeId, CoreChaincodeId) ?? string.Empty,
            LocalMspId = Get(LocalMspId),
        };

        var cert = Get(TlsCert, CoreTlsCertFile);
        var key = Get(TlsKey, CoreTlsKeyFile);
        var clientCa = Get(ClientCaCert, CoreTlsClientCaCertFile);
        var disabled = Get(TlsDisabled) switch
        {
            null => cert is null && key is null,
            var text when bool.TryParse(text, out var value) => value,
            var text => throw new InvalidOperationException($"{TlsDisabled} must be true or false, not '{text}'"),
        };

        if (!disabled)
        {
            if (cert is null || key is null)
            {
                throw new InvalidOperationException($"TLS is enabled but {TlsCert} and {TlsKey} are not both set");
            }

            options.Tls = ChaincodeTlsOptions.FromPemFiles(cert, key, clientCa);
        }

        return options;
    }

    private static Dictionary<string, string> ProcessEnvironment()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string name && entry.Value is string value)
            {
                result[name] = value;
            }
        }

        return result;
    }
}
