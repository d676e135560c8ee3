using System.Security.Cryptography.X509Certificates;
using Fabric.Msp.Identities;

namespace Fabric.Shim.Identity;

/// <summary>
/// The client that signed the proposal, read from the stub's creator: its MSP id, its unique id in the
/// <c>x509::&lt;subject&gt;::&lt;issuer&gt;</c> form fabric-contract-api uses, its Fabric CA attributes, its
/// certificate and its NodeOU role. Like Go's <c>cid</c> package and Node's <c>ClientIdentity</c>.
/// </summary>
public sealed class ClientIdentity
{
    private static readonly string[] NodeOURoles = ["client", "peer", "admin", "orderer"];

    private readonly X509Identity _identity;
    private IReadOnlyDictionary<string, string>? _attributes;

    /// <summary>Reads the identity from a serialized <c>msp.SerializedIdentity</c> (the stub's <see cref="IChaincodeStub.Creator"/>).</summary>
    /// <exception cref="Fabric.Msp.Errors.MspException">The bytes are not a serialized identity with a PEM X.509 certificate.</exception>
    public ClientIdentity(ReadOnlyMemory<byte> creator)
    {
        _identity = X509Identity.Deserialize(creator.Span);
    }

    /// <summary>The unique id of the client: <c>x509::/C=US/.../CN=user1::/C=US/.../CN=ca.org1.example.com</c>.</summary>
    public string GetId() => ClientIdentityId.Format(_identity.Certificate);

    /// <summary>The MSP id of the client's organization, e.g. <c>Org1MSP</c>.</summary>
    public string GetMspId() => _identity.MspId;

    /// <summary>The value of Fabric CA attribute <paramref name="name"/>; null when the certificate does not carry it.</summary>
    /// <exception cref="Fabric.Msp.Errors.MspException">The attribute extension is malformed.</exception>
    public string? GetAttributeValue(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        _attributes ??= _identity.GetAttributes();
        return _attributes.TryGetValue(name, out var value) ? value : null;
    }

    /// <summary>Whether attribute <paramref name="name"/> exists and equals <paramref name="value"/> exactly.</summary>
    /// <exception cref="Fabric.Msp.Errors.MspException">The attribute extension is malformed.</exception>
    public bool AssertAttributeValue(string name, string value) =>
        string.Equals(GetAttributeValue(name), value, StringComparison.Ordinal);

    /// <summary>The client's X.509 certificate. Do not dispose it.</summary>
    public X509Certificate2 GetX509Certificate() => _identity.Certificate;

    /// <summary>
    /// The NodeOU role of the certificate (<c>client</c>, <c>peer</c>, <c>admin</c> or <c>orderer</c>, from its
    /// subject OUs); null when it has none of them.
    /// </summary>
    public string? GetNodeOURole() =>
        DistinguishedNames.OrganizationalUnits(_identity.Certificate.SubjectName)
            .FirstOrDefault(ou => NodeOURoles.Contains(ou, StringComparer.OrdinalIgnoreCase))
            ?.ToLowerInvariant();

    /// <summary>Whether the certificate's subject has organizational unit <paramref name="organizationalUnit"/>.</summary>
    public bool HasOrganizationalUnit(string organizationalUnit) =>
        DistinguishedNames.OrganizationalUnits(_identity.Certificate.SubjectName).Contains(organizationalUnit, StringComparer.Ordinal);
}
