using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Text;
using Fabric.Msp.Errors;

namespace Fabric.Msp.Identities;

/// <summary>
/// Loads ECDSA private keys from PEM: PKCS#8 <c>PRIVATE KEY</c> (what cryptogen and Fabric CA write)
/// and SEC1 <c>EC PRIVATE KEY</c> (what <c>openssl ecparam -genkey</c> writes), on P-256 or P-384.
/// </summary>
public static class PemPrivateKey
{
    private const string EcPublicKeyOid = "1.2.840.10045.2.1";

    /// <summary>Loads the first private key block of <paramref name="pem"/> (UTF-8 PEM text).</summary>
    /// <exception cref="MspException">
    /// <see cref="MspErrorCodes.InvalidPem"/> when there is no private key block;
    /// <see cref="MspErrorCodes.UnsupportedKey"/> for RSA, Ed25519, encrypted keys or other curves;
    /// <see cref="MspErrorCodes.InvalidPrivateKey"/> when the DER is corrupt.
    /// </exception>
    public static ECDsa Load(ReadOnlySpan<byte> pem) => Load(PemBlocks.Read(pem));

    /// <summary>Loads the first private key block of <paramref name="pem"/>.</summary>
    /// <exception cref="MspException">As <see cref="Load(ReadOnlySpan{byte})"/>.</exception>
    public static ECDsa Load(string pem) => Load(PemBlocks.Read(pem));

    /// <summary>Loads the private key in the PEM file at <paramref name="path"/>.</summary>
    /// <exception cref="MspException">As <see cref="Load(ReadOnlySpan{byte})"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ECDsa LoadFile(string path) => Load(File.ReadAllBytes(path));

    /// <summary>Writes <paramref name="key"/> as an unencrypted PKCS#8 <c>PRIVATE KEY</c> PEM with a final newline.</summary>
    public static string ToPkcs8Pem(ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return PemEncoding.WriteString("PRIVATE KEY", key.ExportPkcs8PrivateKey()) + "\n";
    }

    /// <summary>The UTF-8 bytes of <see cref="ToPkcs8Pem(ECDsa)"/>.</summary>
    public static byte[] ToPkcs8PemBytes(ECDsa key) => Encoding.UTF8.GetBytes(ToPkcs8Pem(key));

    private static ECDsa Load(IReadOnlyList<PemBlock> blocks)
    {
        var block = PemBlocks.First(
            blocks, "PRIVATE KEY", "EC PRIVATE KEY", "RSA PRIVATE KEY", "ENCRYPTED PRIVATE KEY");
        switch (block.Label)
        {
            case "RSA PRIVATE KEY":
                throw new MspException(MspErrorCodes.UnsupportedKey, "RSA keys are not supported; Fabric identities use ECDSA P-256");
            case "ENCRYPTED PRIVATE KEY":
                throw new MspException(MspErrorCodes.UnsupportedKey, "encrypted private keys are not supported; decrypt the key first");
            case "PRIVATE KEY":
                RequireEcAlgorithm(block.Der);
                return Import(block.Der, static (key, der) => key.ImportPkcs8PrivateKey(der, out _));
            default:
                return Import(block.Der, static (key, der) => key.ImportECPrivateKey(der, out _));
        }
    }

    private static ECDsa Import(byte[] der, Action<ECDsa, byte[]> import)
    {
        var key = ECDsa.Create();
        try
        {
            import(key, der);
            _ = CurveParameters.For(key);
            return key;
        }
        catch (CryptographicException ex)
        {
            key.Dispose();
            throw new MspException(MspErrorCodes.InvalidPrivateKey, "the private key DER is corrupt or not an EC key", ex);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>Reads PrivateKeyInfo's algorithm OID so a non-EC key gets a clear error rather than a parse failure.</summary>
    private static void RequireEcAlgorithm(byte[] der)
    {
        string algorithm;
        try
        {
            var info = new AsnReader(der, AsnEncodingRules.BER).ReadSequence();
            _ = info.ReadInteger();
            algorithm = info.ReadSequence().ReadObjectIdentifier();
        }
        catch (AsnContentException ex)
        {
            throw new MspException(MspErrorCodes.InvalidPrivateKey, "the PKCS#8 structure is corrupt", ex);
        }

        if (algorithm != EcPublicKeyOid)
        {
            var name = algorithm switch
            {
                "1.2.840.113549.1.1.1" => "RSA",
                "1.3.101.112" => "Ed25519",
                _ => algorithm,
            };
            throw new MspException(MspErrorCodes.UnsupportedKey, $"{name} keys are not supported; Fabric identities use ECDSA P-256");
        }
    }
}
