namespace Fabric.Msp.DevCa;

/// <summary>
/// Where an organization's crypto material lives, in the layout of Fabric test-network's
/// <c>organizations/</c> folder as cryptogen writes it: <c>peerOrganizations/&lt;domain&gt;</c> (or
/// <c>ordererOrganizations/</c>) with <c>ca/</c>, <c>tlsca/</c>, <c>msp/</c>, <c>peers/</c> (or
/// <c>orderers/</c>) and <c>users/</c>; keys are <c>priv_sk</c>, signing certificates
/// <c>&lt;name&gt;-cert.pem</c>.
/// </summary>
public sealed class OrganizationLayout
{
    private OrganizationLayout(string organizationsDirectory, string domain, bool isOrderer)
    {
        Domain = domain;
        IsOrderer = isOrderer;
        Directory = Path.Combine(organizationsDirectory, isOrderer ? "ordererOrganizations" : "peerOrganizations", domain);
    }

    /// <summary>The organization's domain.</summary>
    public string Domain { get; }

    /// <summary>True for an ordering organization.</summary>
    public bool IsOrderer { get; }

    /// <summary>The organization's folder, e.g. <c>.../peerOrganizations/org1.example.com</c>.</summary>
    public string Directory { get; }

    /// <summary>The organization's verifying MSP folder (<c>msp/</c>).</summary>
    public string MspDirectory => Path.Combine(Directory, "msp");

    /// <summary>The CA certificate file name, <c>ca.&lt;domain&gt;-cert.pem</c>, used in <c>ca/</c> and every <c>cacerts/</c>.</summary>
    public string CaCertificateFileName => $"ca.{Domain}-cert.pem";

    /// <summary>The TLS CA certificate file name, <c>tlsca.&lt;domain&gt;-cert.pem</c>.</summary>
    public string TlsCaCertificateFileName => $"tlsca.{Domain}-cert.pem";

    /// <summary><c>ca/ca.&lt;domain&gt;-cert.pem</c>.</summary>
    public string CaCertificatePath => Path.Combine(Directory, "ca", CaCertificateFileName);

    /// <summary><c>ca/priv_sk</c>.</summary>
    public string CaKeyPath => Path.Combine(Directory, "ca", "priv_sk");

    /// <summary><c>tlsca/tlsca.&lt;domain&gt;-cert.pem</c>.</summary>
    public string TlsCaCertificatePath => Path.Combine(Directory, "tlsca", TlsCaCertificateFileName);

    /// <summary><c>tlsca/priv_sk</c>.</summary>
    public string TlsCaKeyPath => Path.Combine(Directory, "tlsca", "priv_sk");

    /// <summary>The layout for a peer organization under <paramref name="organizationsDirectory"/>.</summary>
    public static OrganizationLayout ForPeerOrganization(string organizationsDirectory, string domain) =>
        new(organizationsDirectory, domain, isOrderer: false);

    /// <summary>The layout for an ordering organization under <paramref name="organizationsDirectory"/>.</summary>
    public static OrganizationLayout ForOrdererOrganization(string organizationsDirectory, string domain) =>
        new(organizationsDirectory, domain, isOrderer: true);

    /// <summary>The layout for <paramref name="organization"/> under <paramref name="organizationsDirectory"/>.</summary>
    public static OrganizationLayout For(string organizationsDirectory, DevOrganizationSpec organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return new(organizationsDirectory, organization.Domain, organization.IsOrderer);
    }

    /// <summary>A node's folder: <c>peers/&lt;node&gt;.&lt;domain&gt;</c> or <c>orderers/&lt;node&gt;.&lt;domain&gt;</c>.</summary>
    public string NodeDirectory(string nodeName) =>
        Path.Combine(Directory, IsOrderer ? "orderers" : "peers", NodeHost(nodeName));

    /// <summary>A node's host name, <c>&lt;node&gt;.&lt;domain&gt;</c>.</summary>
    public string NodeHost(string nodeName) => $"{nodeName}.{Domain}";

    /// <summary>A user's enrollment name, <c>&lt;user&gt;@&lt;domain&gt;</c>.</summary>
    public string UserEnrollmentName(string userName) => $"{userName}@{Domain}";

    /// <summary>A user's folder: <c>users/&lt;user&gt;@&lt;domain&gt;</c>.</summary>
    public string UserDirectory(string userName) => Path.Combine(Directory, "users", UserEnrollmentName(userName));

    /// <summary>A user's local MSP folder: <c>users/&lt;user&gt;@&lt;domain&gt;/msp</c>.</summary>
    public string UserMspDirectory(string userName) => Path.Combine(UserDirectory(userName), "msp");

    /// <summary>The signing certificate of a local MSP for <paramref name="name"/>: <c>signcerts/&lt;name&gt;-cert.pem</c>.</summary>
    public static string SignCertificatePath(string mspDirectory, string name) =>
        Path.Combine(mspDirectory, "signcerts", $"{name}-cert.pem");

    /// <summary>The private key of a local MSP: <c>keystore/priv_sk</c>.</summary>
    public static string KeystorePath(string mspDirectory) => Path.Combine(mspDirectory, "keystore", "priv_sk");
}
