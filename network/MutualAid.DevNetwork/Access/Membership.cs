using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Fabric.Msp.Collections;
using Fabric.Msp.Errors;
using Fabric.Msp.Identities;
using Fabric.Msp.Validation;
using Fabric.Msp.Verification;
using Fabric.Protos.Common;
using Google.Protobuf;

namespace MutualAid.DevNetwork.Access;

/// <summary>
/// Every MSP the network knows: turns creator and endorser bytes into validated identities (cached
/// per serialized identity), verifies their signatures (low-S enforced) and matches them against
/// policy principals.
/// </summary>
public sealed class Membership
{
    private const int CacheCapacity = 10_000;
    private readonly Dictionary<string, MspDefinition> _msps;
    private readonly SignatureVerifier _verifier;
    private readonly ConcurrentDictionary<byte[], (X509Identity Identity, IdentityRole Role)> _identities = new(ByteArrayKeyComparer.Instance);
    private readonly VerifiedSignatures _verified = new();

    // Parsed once per principal object: policies are kept with their definitions and asked on every endorsement.
    private readonly ConditionalWeakTable<MSPPrincipal, MSPRole?> _roles = new();

    /// <summary>Creates the membership from the organizations' MSP definitions.</summary>
    public Membership(IEnumerable<MspDefinition> msps, SignatureVerifier? verifier = null)
    {
        ArgumentNullException.ThrowIfNull(msps);
        _msps = msps.ToDictionary(m => m.MspId, StringComparer.Ordinal);
        _verifier = verifier ?? SignatureVerifier.Shared;
    }

    /// <summary>The MSP definitions by MSP id.</summary>
    public IReadOnlyDictionary<string, MspDefinition> Msps => _msps;

    /// <summary>Deserializes and validates a serialized identity, returning it with its role.</summary>
    /// <exception cref="MspException">Malformed identity, unknown MSP, or an identity its MSP rejects.</exception>
    public (X509Identity Identity, IdentityRole Role) Resolve(ByteString serialized)
    {
        ArgumentNullException.ThrowIfNull(serialized);
        // Looked up by the bytes themselves: the same few identities arrive on every transaction.
        if (_identities.GetAlternateLookup<ReadOnlySpan<byte>>().TryGetValue(serialized.Span, out var known))
        {
            return known;
        }

        var identity = X509Identity.Deserialize(serialized.Span);
        if (!_msps.TryGetValue(identity.MspId, out var msp))
        {
            throw new MspException(MspErrorCodes.MspMismatch, $"MSP {identity.MspId} is not a member of this network");
        }

        var resolved = (identity, msp.Validate(identity));
        if (_identities.Count >= CacheCapacity)
        {
            _identities.Clear();
        }

        _identities.TryAdd(serialized.ToByteArray(), resolved);
        return resolved;
    }

    /// <summary>Like <see cref="Resolve"/>, but false instead of an exception.</summary>
    public bool TryResolve(ByteString serialized, out X509Identity identity, out IdentityRole role, out string error)
    {
        try
        {
            (identity, role) = Resolve(serialized);
            error = string.Empty;
            return true;
        }
        catch (MspException exception)
        {
            identity = null!;
            role = default;
            error = exception.Message;
            return false;
        }
    }

    /// <summary>True when <paramref name="signature"/> is a valid low-S signature of <paramref name="message"/> by the identity.</summary>
    public bool Verify(X509Identity identity, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (_verified.Contains(identity, message, signature))
        {
            return true;
        }

        var valid = _verifier.IsValid(identity, message, signature);
        if (valid)
        {
            _verified.Add(identity, message, signature);
        }

        return valid;
    }

    /// <summary>Records a signature this process just made with the identity's key, so checking it later costs nothing.</summary>
    public void RememberOwnSignature(X509Identity identity, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        ArgumentNullException.ThrowIfNull(identity);
        _verified.Add(identity, message, signature);
    }

    /// <summary>Whether a validated identity satisfies a policy principal (role principals only).</summary>
    public bool Satisfies(MSPPrincipal principal, X509Identity identity)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.PrincipalClassification != MSPPrincipal.Types.Classification.Role)
        {
            return false;
        }

        var role = _roles.GetValue(principal, ParseRole);
        return role is not null
            && _msps.TryGetValue(role.MspIdentifier, out var msp)
            && PrincipalMatcher.Satisfies(msp, identity, new MspPrincipal(role.MspIdentifier, (MspRoleType)role.Role));
    }

    private static MSPRole? ParseRole(MSPPrincipal principal)
    {
        try
        {
            return MSPRole.Parser.ParseFrom(principal.Principal);
        }
        catch (InvalidProtocolBufferException)
        {
            return null;
        }
    }
}
