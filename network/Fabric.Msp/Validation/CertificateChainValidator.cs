using System.Security.Cryptography.X509Certificates;

namespace Fabric.Msp.Validation;

/// <summary>
/// Builds an identity certificate's chain to an MSP's roots as Fabric does: custom root trust only,
/// intermediates as extra certificates, no revocation checks, and the verification time set to the
/// certificate's NotBefore + 1 s, so MSP validation itself never rejects an expired certificate.
/// </summary>
internal static class CertificateChainValidator
{
    /// <summary>Returns the chain from the certificate (index 0) to a root, or null and the reasons when none exists.</summary>
    public static IReadOnlyList<X509Certificate2>? Build(
        X509Certificate2 certificate,
        IReadOnlyList<X509Certificate2> roots,
        IReadOnlyList<X509Certificate2> intermediates,
        out string problems)
    {
        using var chain = new X509Chain();
        var policy = chain.ChainPolicy;
        policy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        policy.CustomTrustStore.AddRange(roots.ToArray());
        policy.ExtraStore.AddRange(intermediates.ToArray());
        policy.RevocationMode = X509RevocationMode.NoCheck;
        policy.DisableCertificateDownloads = true;
        policy.VerificationTimeIgnored = false;
        policy.VerificationTime = certificate.NotBefore.AddSeconds(1);

        if (chain.Build(certificate))
        {
            problems = string.Empty;
            return chain.ChainElements.Select(e => e.Certificate).ToList();
        }

        problems = string.Join(
            "; ",
            chain.ChainStatus.Select(s => s.StatusInformation.Trim()).Where(s => s.Length > 0).Distinct());
        return null;
    }
}
