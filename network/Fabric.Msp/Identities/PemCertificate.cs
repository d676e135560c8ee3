using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Fabric.Msp.Errors;

namespace Fabric.Msp.Identities;

/// <summary>Loads X.509 certificates from PEM text and writes them back the way Fabric's tools do.</summary>
public static class PemCertificate
{
    /// <summary>Loads the first <c>CERTIFICATE</c> block of <paramref name="pem"/>.</summary>
    /// <exception cref="MspException">
    /// <see cref="MspErrorCodes.InvalidPem"/> when there is no certificate block;
    /// <see cref="MspErrorCodes.InvalidCertificate"/> when its DER is not a certificate.
    /// </exception>
    public static X509Certificate2 Load(ReadOnlySpan<byte> pem) =>
        FromDer(PemBlocks.First(PemBlocks.Read(pem), "CERTIFICATE").Der);

    /// <summary>Loads the first <c>CERTIFICATE</c> block of <paramref name="pem"/>.</summary>
    /// <exception cref="MspException">As <see cref="Load(ReadOnlySpan{byte})"/>.</exception>
    public static X509Certificate2 Load(string pem) =>
        FromDer(PemBlocks.First(PemBlocks.Read(pem), "CERTIFICATE").Der);

    /// <summary>Loads every <c>CERTIFICATE</c> block of <paramref name="pem"/> (a bundle), in order.</summary>
    /// <exception cref="MspException">As <see cref="Load(ReadOnlySpan{byte})"/>.</exception>
    public static IReadOnlyList<X509Certificate2> LoadAll(ReadOnlySpan<byte> pem)
    {
        var blocks = PemBlocks.Read(pem).Where(b => b.Label == "CERTIFICATE").ToList();
        if (blocks.Count == 0)
        {
            throw new MspException(MspErrorCodes.InvalidPem, "no CERTIFICATE block was found");
        }

        return blocks.Select(b => FromDer(b.Der)).ToList();
    }

    /// <summary>
    /// Writes <paramref name="certificate"/> as PEM the way Go's <c>pem.Encode</c> (cryptogen, Fabric CA)
    /// does: 64-character base64 lines, <c>\n</c> line ends, a final newline.
    /// </summary>
    public static string ToPem(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return PemEncoding.WriteString("CERTIFICATE", certificate.RawDataMemory.Span) + "\n";
    }

    /// <summary>The UTF-8 bytes of <see cref="ToPem(X509Certificate2)"/>.</summary>
    public static byte[] ToPemBytes(X509Certificate2 certificate) => Encoding.UTF8.GetBytes(ToPem(certificate));

    private static X509Certificate2 FromDer(byte[] der)
    {
        try
        {
            return X509CertificateLoader.LoadCertificate(der);
        }
        catch (CryptographicException ex)
        {
            throw new MspException(MspErrorCodes.InvalidCertificate, "the CERTIFICATE block is not a valid X.509 certificate", ex);
        }
    }
}
