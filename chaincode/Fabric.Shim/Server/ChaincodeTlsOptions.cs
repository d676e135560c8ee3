using System.Security.Cryptography.X509Certificates;

namespace Fabric.Shim.Server;

/// <summary>
/// The TLS identity of a chaincode server and, for mutual TLS, the CA certificates a peer's client
/// certificate must chain to.
/// </summary>
public sealed class ChaincodeTlsOptions
{
    /// <summary>Creates the options.</summary>
    /// <exception cref="ArgumentException"><paramref name="serverCertificate"/> has no private key.</exception>
    public ChaincodeTlsOptions(X509Certificate2 serverCertificate, X509Certificate2Collection? clientCaCertificates = null)
    {
        ArgumentNullException.ThrowIfNull(serverCertificate);
        if (!serverCertificate.HasPrivateKey)
        {
            throw new ArgumentException("the server certificate needs its private key", nameof(serverCertificate));
        }

        ServerCertificate = serverCertificate;
        ClientCaCertificates = clientCaCertificates is { Count: > 0 } ? clientCaCertificates : null;
    }

    /// <summary>The server certificate, with its private key.</summary>
    public X509Certificate2 ServerCertificate { get; }

    /// <summary>When set, a client certificate is required and must chain to one of these (mutual TLS).</summary>
    public X509Certificate2Collection? ClientCaCertificates { get; }

    /// <summary>Whether clients must present a certificate.</summary>
    public bool RequireClientCertificate => ClientCaCertificates is not null;

    /// <summary>Loads the options from PEM files: certificate, private key and, optionally, the client CA bundle.</summary>
    /// <exception cref="IOException">A file cannot be read.</exception>
    /// <exception cref="System.Security.Cryptography.CryptographicException">A file is not the expected PEM.</exception>
    public static ChaincodeTlsOptions FromPemFiles(string certificatePath, string keyPath, string? clientCaPath = null) =>
        FromPem(File.ReadAllText(certificatePath), File.ReadAllText(keyPath), clientCaPath is null ? null : File.ReadAllText(clientCaPath));

    /// <summary>Creates the options from PEM text.</summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">A value is not the expected PEM.</exception>
    public static ChaincodeTlsOptions FromPem(string certificatePem, string keyPem, string? clientCaPem = null)
    {
        var certificate = X509Certificate2.CreateFromPem(certificatePem, keyPem);
        X509Certificate2Collection? clientCas = null;
        if (!string.IsNullOrWhiteSpace(clientCaPem))
        {
            clientCas = [];
            clientCas.ImportFromPem(clientCaPem);
        }

        return new ChaincodeTlsOptions(certificate, clientCas);
    }
}
