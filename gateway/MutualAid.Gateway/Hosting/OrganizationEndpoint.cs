namespace MutualAid.Gateway.Hosting;

/// <summary>Where one organization's gateway listens, which peer it talks to, and where its own files are.</summary>
/// <param name="MspId">The organization served.</param>
/// <param name="Url">The listening URL (port 0 for a free port).</param>
/// <param name="PeerEndpoint">The organization's gateway peer (<c>http://</c> for h2c, <c>https://</c> for TLS).</param>
/// <param name="TlsRootPem">The peer organization's TLS CA certificate (PEM), or null for plaintext.</param>
/// <param name="ServerNameOverride">The host name expected in the peer's certificate, or null.</param>
/// <param name="WalletDirectory">The organization's wallet (PEM files, one MSP folder per identity).</param>
/// <param name="ApiKeysFile">The hashed API key file.</param>
/// <param name="StateDirectory">This gateway's own state (idempotency records).</param>
/// <param name="Http2Url">A second listening URL for HTTP/2 over cleartext (prior knowledge), or null for none.</param>
public sealed record OrganizationEndpoint(
    string MspId, string Url, string PeerEndpoint, string? TlsRootPem, string? ServerNameOverride,
    string WalletDirectory, string ApiKeysFile, string StateDirectory, string? Http2Url = null);
