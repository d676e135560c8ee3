namespace Fabric.Msp.DevCa;

/// <summary>What <see cref="DevCryptoMaterial.Ensure"/> did: the domains it generated and those it found complete and kept.</summary>
public sealed record DevCryptoResult(IReadOnlyList<string> GeneratedDomains, IReadOnlyList<string> KeptDomains);
