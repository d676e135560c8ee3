using System.Security.Cryptography.X509Certificates;
using Grpc.Net.Client;

namespace MutualAid.DevNetwork.Chaincode;

/// <summary>Creates the gRPC channel a peer uses to dial a chaincode server.</summary>
internal static class ChaincodeChannelFactory
{
    public static GrpcChannel Create(ChaincodeEndpoint endpoint)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = endpoint.DialTimeout,
            EnableMultipleHttp2Connections = false,
            // Fabric pings chaincode connections every 60 s and gives up after 20 s without an answer.
            KeepAlivePingDelay = TimeSpan.FromSeconds(60),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(20),
            KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
        };
        if (endpoint.TlsRequired)
        {
            var root = X509Certificate2.CreateFromPem(endpoint.RootCertPem);
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                certificate is not null && ChainsTo(new X509Certificate2(certificate), root);
            if (endpoint.ClientCertPem is not null && endpoint.ClientKeyPem is not null)
            {
                var client = X509Certificate2.CreateFromPem(endpoint.ClientCertPem, endpoint.ClientKeyPem);
                handler.SslOptions.ClientCertificates = [X509CertificateLoader.LoadPkcs12(client.Export(X509ContentType.Pkcs12), null)];
            }
        }

        var scheme = endpoint.TlsRequired ? "https" : "http";
        return GrpcChannel.ForAddress($"{scheme}://{endpoint.Address}", new GrpcChannelOptions
        {
            HttpHandler = handler,
            MaxReceiveMessageSize = 100 * 1024 * 1024,
            MaxSendMessageSize = 100 * 1024 * 1024,
        });
    }

    private static bool ChainsTo(X509Certificate2 certificate, X509Certificate2 root)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }
}
