using System.Security.Cryptography.X509Certificates;

namespace Fabric.Msp.DevCa;

/// <summary>A certificate issued by the development CA with its PEM text and its PKCS#8 private key PEM.</summary>
internal sealed record IssuedCredential(X509Certificate2 Certificate, string CertificatePem, string PrivateKeyPem);
