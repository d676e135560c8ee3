using System.Security.Cryptography.X509Certificates;
using Fabric.Msp.Errors;
using Fabric.Msp.Identities;
using Fabric.Msp.Signing;
using Fabric.Msp.Validation;

namespace Fabric.Msp.MspFolders;

/// <summary>
/// Reads Fabric MSP folders: an organization's verifying MSP (<c>cacerts</c>, <c>intermediatecerts</c>,
/// <c>config.yaml</c>) into an <see cref="MspDefinition"/>, and a local MSP (<c>signcerts</c>,
/// <c>keystore</c>) into a <see cref="SigningIdentity"/>. Works for both cryptogen and Fabric CA
/// layouts because it takes whichever file each folder holds.
/// </summary>
public static class MspFolderReader
{
    /// <summary>Reads the MSP definition of the folder <paramref name="mspDirectory"/> for <paramref name="mspId"/>.</summary>
    /// <exception cref="MspException">
    /// <see cref="MspErrorCodes.InvalidMspFolder"/> when <c>cacerts</c> is missing or empty or config.yaml refers to a missing file;
    /// PEM and certificate codes for unreadable certificates.
    /// </exception>
    public static MspDefinition ReadDefinition(string mspDirectory, string mspId)
    {
        var roots = ReadCertificates(Path.Combine(mspDirectory, "cacerts"), required: true);
        var intermediates = ReadCertificates(Path.Combine(mspDirectory, "intermediatecerts"), required: false);
        var configPath = Path.Combine(mspDirectory, "config.yaml");
        var nodeOus = File.Exists(configPath)
            ? NodeOuConfigYaml.Parse(File.ReadAllText(configPath), relative => LoadReferenced(mspDirectory, relative))
            : NodeOuSettings.Disabled;
        return new MspDefinition(mspId, roots, intermediates, nodeOus);
    }

    /// <summary>Reads the signing identity of a local MSP folder (e.g. <c>users/User1@org1.example.com/msp</c>).</summary>
    /// <exception cref="MspException">
    /// <see cref="MspErrorCodes.InvalidMspFolder"/> when signcerts or keystore is missing or empty;
    /// <see cref="MspErrorCodes.KeyCertificateMismatch"/> when the key is not the certificate's;
    /// PEM, certificate and key codes for unreadable files.
    /// </exception>
    public static SigningIdentity ReadSigningIdentity(string mspDirectory, string mspId)
    {
        var identity = X509Identity.FromPemFile(mspId, SingleFile(Path.Combine(mspDirectory, "signcerts")));
        var signer = EcdsaSigner.FromPemFile(SingleFile(Path.Combine(mspDirectory, "keystore")));
        if (!signer.Matches(identity.Certificate))
        {
            signer.Dispose();
            throw new MspException(
                MspErrorCodes.KeyCertificateMismatch,
                $"the key in {mspDirectory}/keystore does not belong to the certificate in signcerts");
        }

        return new SigningIdentity(identity, signer);
    }

    private static List<X509Certificate2> ReadCertificates(string directory, bool required)
    {
        var files = Directory.Exists(directory) ? Directory.GetFiles(directory).Order(StringComparer.Ordinal).ToList() : [];
        if (required && files.Count == 0)
        {
            throw new MspException(MspErrorCodes.InvalidMspFolder, $"no certificate found in {directory}");
        }

        return files.SelectMany(f => PemCertificate.LoadAll(File.ReadAllBytes(f))).ToList();
    }

    private static string SingleFile(string directory)
    {
        var files = Directory.Exists(directory) ? Directory.GetFiles(directory).Order(StringComparer.Ordinal).ToList() : [];
        return files.Count > 0
            ? files[0]
            : throw new MspException(MspErrorCodes.InvalidMspFolder, $"no file found in {directory}");
    }

    private static X509Certificate2 LoadReferenced(string mspDirectory, string relativePath)
    {
        var path = Path.Combine(mspDirectory, relativePath);
        return File.Exists(path)
            ? PemCertificate.Load(File.ReadAllBytes(path))
            : throw new MspException(MspErrorCodes.InvalidMspFolder, $"config.yaml refers to {relativePath}, which does not exist");
    }
}
