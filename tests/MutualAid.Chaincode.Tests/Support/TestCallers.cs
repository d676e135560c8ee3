using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using Fabric.Shim.Testing;

namespace MutualAid.Chaincode.Tests.Support;

/// <summary>
/// Proposal factories for callers of the consortium: one test CA per organization and one certificate per
/// (organization, role), with the role in the Fabric CA attribute extension as the development CA writes it.
/// </summary>
internal static class TestCallers
{
    private static readonly ConcurrentDictionary<string, X509Certificate2> Authorities = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<(string, string?), ProposalFactory> Factories = new();

    /// <summary>The proposal factory of a caller of <paramref name="mspId"/> with <paramref name="role"/> (none when null).</summary>
    public static ProposalFactory For(string mspId, string? role) =>
        Factories.GetOrAdd((mspId, role), key =>
        {
            var ca = Authorities.GetOrAdd(key.Item1, msp => TestCertificates.CreateCa($"CN=ca.{msp.ToLowerInvariant()}.example.com"));
            var attributes = key.Item2 is null ? null : new Dictionary<string, string> { ["role"] = key.Item2 };
            using var leaf = TestCertificates.CreateLeaf(ca, $"CN={key.Item2 ?? "user1"}, OU=client", attributes: attributes);
            return new ProposalFactory(key.Item1, TestCertificates.ToPem(leaf));
        });
}
