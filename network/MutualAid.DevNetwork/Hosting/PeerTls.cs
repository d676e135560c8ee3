using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Fabric.Msp.DevCa;
using Microsoft.AspNetCore.Server.Kestrel.Https;

namespace MutualAid.DevNetwork.Hosting;

/// <summary>
/// The peers' TLS settings: each peer's port presents that peer's own server certificate
/// (<c>peers/&lt;host&gt;/tls/server.crt</c> and <c>server.key</c>); with client authentication, a client must present
/// a certificate for TLS client use issued by one of the organizations' TLS CAs, as Fabric's
/// <c>clientAuthRequired</c> trusts every channel member's TLS roots.
/// </summary>
internal sealed class PeerTls : IDisposable
{
    private static readonly Oid ClientAuthentication = new("1.3.6.1.5.5.7.3.2");
    private readonly string _organizationsDirectory;
    private readonly bool _clientAuthRequired;
    private readonly X509Certificate2Collection _clientRoots = [];
    private readonly List<X509Certificate2> _serverCertificates = [];

    public PeerTls(string organizationsDirectory, DevConsortium consortium, bool clientAuthRequired)
    {
        _organizationsDirectory = organizationsDirectory;
        _clientAuthRequired = clientAuthRequired;
        foreach (var organization in consortium.All)
        {
            _clientRoots.ImportFromPemFile(OrganizationLayout.For(organizationsDirectory, organization).TlsCaCertificatePath);
        }
    }

    /// <summary>The HTTPS settings of the port of peer <paramref name="peerName"/> of <paramref name="organization"/>.</summary>
    public HttpsConnectionAdapterOptions For(DevOrganizationSpec organization, string peerName)
    {
        var tls = Path.Combine(OrganizationLayout.For(_organizationsDirectory, organization).NodeDirectory(peerName), "tls");
        using var pem = X509Certificate2.CreateFromPemFile(Path.Combine(tls, "server.crt"), Path.Combine(tls, "server.key"));
        // A PEM-loaded key is ephemeral, which SslStream cannot use on every platform; a PKCS#12 round trip makes it usable.
        var certificate = X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
        _serverCertificates.Add(certificate);
        return new HttpsConnectionAdapterOptions
        {
            ServerCertificate = certificate,
            SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            ClientCertificateMode = _clientAuthRequired ? ClientCertificateMode.RequireCertificate : ClientCertificateMode.NoCertificate,
            ClientCertificateValidation = (client, _, _) => IsTrustedClient(client),
        };
    }

    public void Dispose()
    {
        foreach (var certificate in _serverCertificates.Concat(_clientRoots))
        {
            certificate.Dispose();
        }
    }

    private bool IsTrustedClient(X509Certificate2 client)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(_clientRoots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ApplicationPolicy.Add(ClientAuthentication);
        return chain.Build(client);
    }
}
