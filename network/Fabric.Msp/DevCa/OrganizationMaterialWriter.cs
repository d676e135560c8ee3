using Fabric.Msp.MspFolders;

namespace Fabric.Msp.DevCa;

/// <summary>Generates one organization's CAs and identities and writes them in the test-network layout.</summary>
internal sealed class OrganizationMaterialWriter
{
    private readonly DevOrganizationSpec _organization;
    private readonly OrganizationLayout _layout;
    private readonly DateTimeOffset _notBefore;
    private readonly string _configYaml;

    public OrganizationMaterialWriter(string organizationsDirectory, DevOrganizationSpec organization, DateTimeOffset notBefore)
    {
        _organization = organization;
        _layout = OrganizationLayout.For(organizationsDirectory, organization);
        _notBefore = notBefore;
        _configYaml = NodeOuConfigYaml.Write($"cacerts/{_layout.CaCertificateFileName}");
    }

    /// <summary>Every file this organization's material consists of; the set a complete folder must hold.</summary>
    public static IEnumerable<string> ExpectedFiles(OrganizationLayout layout, DevOrganizationSpec organization)
    {
        yield return layout.CaCertificatePath;
        yield return layout.CaKeyPath;
        yield return layout.TlsCaCertificatePath;
        yield return layout.TlsCaKeyPath;
        yield return Path.Combine(layout.MspDirectory, "config.yaml");
        foreach (var node in organization.NodeNames)
        {
            var directory = layout.NodeDirectory(node);
            yield return OrganizationLayout.SignCertificatePath(Path.Combine(directory, "msp"), layout.NodeHost(node));
            yield return Path.Combine(directory, "tls", "server.key");
        }

        foreach (var user in organization.Users.Select(u => u.Name).Prepend("Admin"))
        {
            yield return OrganizationLayout.SignCertificatePath(layout.UserMspDirectory(user), layout.UserEnrollmentName(user));
            yield return Path.Combine(layout.UserDirectory(user), "tls", "client.key");
        }
    }

    public void Write()
    {
        using var ca = DevCertificateAuthority.CreateRoot($"ca.{_layout.Domain}", _layout.Domain, _notBefore);
        using var tlsCa = DevCertificateAuthority.CreateRoot($"tlsca.{_layout.Domain}", _layout.Domain, _notBefore);
        Put(_layout.CaCertificatePath, ca.CertificatePem);
        Put(_layout.CaKeyPath, ca.PrivateKeyPem);
        Put(_layout.TlsCaCertificatePath, tlsCa.CertificatePem);
        Put(_layout.TlsCaKeyPath, tlsCa.PrivateKeyPem);
        WriteCaCertificates(_layout.MspDirectory, ca, tlsCa);

        var nodeOu = _organization.IsOrderer ? "orderer" : "peer";
        foreach (var node in _organization.NodeNames)
        {
            var host = _layout.NodeHost(node);
            var directory = _layout.NodeDirectory(node);
            WriteLocalMsp(Path.Combine(directory, "msp"), host, nodeOu, null, ca, tlsCa);
            var tls = tlsCa.Issue(host, LeafProfile.TlsServer, _notBefore, hostNames: [host, node, "localhost", "127.0.0.1"]);
            WriteTls(Path.Combine(directory, "tls"), "server", tls, tlsCa);
        }

        WriteUser("Admin", "admin", null, ca, tlsCa);
        foreach (var user in _organization.Users)
        {
            WriteUser(user.Name, "client", user.Attributes, ca, tlsCa);
        }
    }

    private void WriteUser(
        string userName, string ou, IReadOnlyDictionary<string, string>? attributes, DevCertificateAuthority ca, DevCertificateAuthority tlsCa)
    {
        var name = _layout.UserEnrollmentName(userName);
        WriteLocalMsp(_layout.UserMspDirectory(userName), name, ou, attributes, ca, tlsCa);
        var tls = tlsCa.Issue(name, LeafProfile.TlsClient, _notBefore);
        WriteTls(Path.Combine(_layout.UserDirectory(userName), "tls"), "client", tls, tlsCa);
    }

    private void WriteLocalMsp(
        string mspDirectory,
        string name,
        string ou,
        IReadOnlyDictionary<string, string>? extraAttributes,
        DevCertificateAuthority ca,
        DevCertificateAuthority tlsCa)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["hf.Affiliation"] = string.Empty,
            ["hf.EnrollmentID"] = name,
            ["hf.Type"] = ou,
        };
        foreach (var pair in extraAttributes ?? new Dictionary<string, string>())
        {
            attributes[pair.Key] = pair.Value;
        }

        var credential = ca.Issue(name, LeafProfile.Identity, _notBefore, ou, attributes);
        using (credential.Certificate)
        {
            Put(OrganizationLayout.SignCertificatePath(mspDirectory, name), credential.CertificatePem);
            Put(OrganizationLayout.KeystorePath(mspDirectory), credential.PrivateKeyPem);
        }

        WriteCaCertificates(mspDirectory, ca, tlsCa);
    }

    private void WriteCaCertificates(string mspDirectory, DevCertificateAuthority ca, DevCertificateAuthority tlsCa)
    {
        Put(Path.Combine(mspDirectory, "cacerts", _layout.CaCertificateFileName), ca.CertificatePem);
        Put(Path.Combine(mspDirectory, "tlscacerts", _layout.TlsCaCertificateFileName), tlsCa.CertificatePem);
        Put(Path.Combine(mspDirectory, "config.yaml"), _configYaml);
    }

    private static void WriteTls(string tlsDirectory, string prefix, IssuedCredential credential, DevCertificateAuthority tlsCa)
    {
        using (credential.Certificate)
        {
            Put(Path.Combine(tlsDirectory, "ca.crt"), tlsCa.CertificatePem);
            Put(Path.Combine(tlsDirectory, $"{prefix}.crt"), credential.CertificatePem);
            Put(Path.Combine(tlsDirectory, $"{prefix}.key"), credential.PrivateKeyPem);
        }
    }

    private static void Put(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        if (path.EndsWith("priv_sk", StringComparison.Ordinal) || path.EndsWith(".key", StringComparison.Ordinal))
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

    }
}
