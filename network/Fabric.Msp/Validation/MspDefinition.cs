using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using Fabric.Msp.Collections;
using Fabric.Msp.Errors;
using Fabric.Msp.Identities;

namespace Fabric.Msp.Validation;

/// <summary>
/// An organization's MSP as a channel knows it: MSP id, root and intermediate CA certificates and the
/// NodeOU settings. Validates identities the way Fabric's X.509 MSP does and tells their role. Immutable
/// and thread-safe; successful validations are cached per certificate.
/// </summary>
public sealed class MspDefinition
{
    private const int ValidationCacheCapacity = 10_000;
    private readonly ConcurrentDictionary<byte[], IdentityRole> _validated = new(ByteArrayKeyComparer.Instance);

    /// <summary>Creates the definition.</summary>
    /// <exception cref="ArgumentException">The MSP id is empty or no root certificate is given.</exception>
    public MspDefinition(
        string mspId,
        IEnumerable<X509Certificate2> rootCertificates,
        IEnumerable<X509Certificate2>? intermediateCertificates = null,
        NodeOuSettings? nodeOus = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(mspId);
        ArgumentNullException.ThrowIfNull(rootCertificates);
        MspId = mspId;
        RootCertificates = rootCertificates.ToList();
        IntermediateCertificates = intermediateCertificates?.ToList() ?? [];
        NodeOus = nodeOus ?? NodeOuSettings.Disabled;
        if (RootCertificates.Count == 0)
        {
            throw new ArgumentException("an MSP needs at least one root CA certificate", nameof(rootCertificates));
        }
    }

    /// <summary>The MSP id, e.g. <c>InsurerMSP</c>.</summary>
    public string MspId { get; }

    /// <summary>The root CA certificates identities must chain to.</summary>
    public IReadOnlyList<X509Certificate2> RootCertificates { get; }

    /// <summary>Intermediate CA certificates that may sit between an identity and a root.</summary>
    public IReadOnlyList<X509Certificate2> IntermediateCertificates { get; }

    /// <summary>The NodeOU settings (config.yaml).</summary>
    public NodeOuSettings NodeOus { get; }

    /// <summary>
    /// Validates <paramref name="identity"/> and returns its role: same MSP id, not a CA certificate,
    /// chains to a root, and under NodeOUs carries exactly one role OU.
    /// </summary>
    /// <exception cref="IdentityRejectedException">
    /// <see cref="MspErrorCodes.MspMismatch"/>, <see cref="MspErrorCodes.CaCertificateIdentity"/>,
    /// <see cref="MspErrorCodes.UnknownCa"/>, <see cref="MspErrorCodes.NodeOuMissing"/> or
    /// <see cref="MspErrorCodes.NodeOuAmbiguous"/>.
    /// </exception>
    public IdentityRole Validate(X509Identity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (identity.MspId != MspId)
        {
            throw Reject(MspErrorCodes.MspMismatch, identity, $"the identity belongs to {identity.MspId}, not {MspId}");
        }

        var der = identity.Certificate.RawDataMemory.Span;
        if (_validated.GetAlternateLookup<ReadOnlySpan<byte>>().TryGetValue(der, out var known))
        {
            return known;
        }

        var role = ValidateUncached(identity);
        if (_validated.Count >= ValidationCacheCapacity)
        {
            _validated.Clear();
        }

        _validated.TryAdd(der.ToArray(), role);
        return role;
    }

    /// <summary>True and the role when <see cref="Validate"/> would succeed; never throws for an invalid identity.</summary>
    public bool TryValidate(X509Identity identity, out IdentityRole role)
    {
        try
        {
            role = Validate(identity);
            return true;
        }
        catch (IdentityRejectedException)
        {
            role = default;
            return false;
        }
    }

    private IdentityRole ValidateUncached(X509Identity identity)
    {
        var certificate = identity.Certificate;
        var constraints = certificate.Extensions.OfType<X509BasicConstraintsExtension>().FirstOrDefault();
        if (constraints?.CertificateAuthority == true)
        {
            throw Reject(MspErrorCodes.CaCertificateIdentity, identity, "a CA certificate (Basic Constraints CA=true) cannot be an identity");
        }

        var chain = CertificateChainValidator.Build(certificate, RootCertificates, IntermediateCertificates, out var problems)
            ?? throw Reject(MspErrorCodes.UnknownCa, identity, $"the certificate does not chain to a root CA of the MSP ({problems})");

        return NodeOus.Enabled ? NodeOuClassifier.Classify(identity, chain, NodeOus) : IdentityRole.Member;
    }

    internal static IdentityRejectedException Reject(string code, X509Identity identity, string detail) =>
        new(code, identity.MspId, identity.Certificate.Subject, detail);
}
