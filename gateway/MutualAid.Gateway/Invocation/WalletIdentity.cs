using Fabric.Msp.Signing;

namespace MutualAid.Gateway.Invocation;

/// <summary>One identity of an organization's wallet: its label, MSP id, role attribute and signing material.</summary>
/// <param name="Label">The wallet entry's name, e.g. <c>Caseworker@ngo.example.com</c>.</param>
/// <param name="MspId">The organization's MSP id.</param>
/// <param name="Role">The certificate's <c>role</c> attribute (<c>assessor</c>, <c>caseworker</c>, ...), or null.</param>
/// <param name="Signing">The certificate and private key; never logged.</param>
public sealed record WalletIdentity(string Label, string MspId, string? Role, SigningIdentity Signing)
{
    /// <inheritdoc />
    public override string ToString() => $"{Label} ({MspId}, role {Role ?? "none"})";
}
