namespace MutualAid.DevNetwork.Configuration;

/// <summary>
/// Whether the peers serve TLS, as Fabric's <c>peer.tls</c> settings: each peer presents its own server
/// certificate (<c>peers/&lt;host&gt;/tls/server.crt</c>) and, with <see cref="ClientAuthRequired"/>, accepts only
/// clients presenting a certificate issued by one of the organizations' TLS CAs.
/// </summary>
public sealed record TlsConfig
{
    /// <summary>True to serve gRPC over TLS (HTTP/2 negotiated with ALPN); false (default) for plaintext HTTP/2.</summary>
    public bool Enabled { get; init; }

    /// <summary>True to require a client certificate (mutual TLS, Fabric's <c>clientAuthRequired</c>); needs <see cref="Enabled"/>.</summary>
    public bool ClientAuthRequired { get; init; }
}
