namespace MutualAid.DevNetwork.Chaincode;

/// <summary>
/// How to reach a chaincode-as-a-service server: the fields of Fabric's connection.json.
/// </summary>
/// <param name="Address">host:port the peer dials.</param>
/// <param name="DialTimeout">How long to wait for the connection and the REGISTER message.</param>
/// <param name="RootCertPem">PEM of the CA that signed the chaincode's TLS certificate; null for plaintext.</param>
/// <param name="ClientCertPem">PEM client certificate for mutual TLS, or null.</param>
/// <param name="ClientKeyPem">PEM client key for mutual TLS, or null.</param>
public sealed record ChaincodeEndpoint(
    string Address,
    TimeSpan DialTimeout,
    string? RootCertPem = null,
    string? ClientCertPem = null,
    string? ClientKeyPem = null)
{
    /// <summary>True when the peer must speak TLS to the chaincode.</summary>
    public bool TlsRequired => RootCertPem is not null;
}
