using System.Security.Cryptography.X509Certificates;
using Fabric.Shim.Testing;

namespace Fabric.Shim.Tests.Support;

/// <summary>The client identity most tests sign proposals with: User1 of Org1MSP, with attributes, OU client.</summary>
internal static class TestIdentity
{
    public const string MspId = "Org1MSP";

    private static readonly Lazy<(X509Certificate2 Ca, X509Certificate2 User)> Certificates = new(() =>
    {
        var ca = TestCertificates.CreateCa("CN=ca.org1.example.com, O=org1.example.com, ST=North Carolina, C=US");
        var user = TestCertificates.CreateLeaf(
            ca,
            "CN=user1, OU=client, O=Hyperledger, ST=North Carolina, C=US",
            attributes: new Dictionary<string, string> { ["hf.EnrollmentID"] = "user1", ["role"] = "assessor" });
        return (ca, user);
    });

    // .NET encodes a DN string's RDNs last-first, so these are written CN-first to get Fabric's C-first certificates.
    public static X509Certificate2 Ca => Certificates.Value.Ca;

    public static X509Certificate2 User => Certificates.Value.User;

    public static ProposalFactory Proposals { get; } = new(MspId, TestCertificates.ToPem(User));
}
