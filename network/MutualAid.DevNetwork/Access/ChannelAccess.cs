using Fabric.Msp.Identities;
using Fabric.Msp.Validation;
using MutualAid.DevNetwork.Configuration;

namespace MutualAid.DevNetwork.Access;

/// <summary>
/// A channel's Readers and Writers policies in the form Fabric's test network writes them:
/// an organization's Writers are its admins and clients; its Readers are its admins, peers and clients.
/// Proposals (evaluate and endorse) need Readers, as with the ACL <c>peer/Propose</c> pointed at
/// Readers; ordering a transaction needs Writers, so a read-only organization can query but never write.
/// </summary>
public sealed class ChannelAccess(ChannelConfig channel)
{
    private readonly HashSet<string> _readers = channel.Readers.ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _writers = channel.Writers.ToHashSet(StringComparer.Ordinal);

    /// <summary>The channel.</summary>
    public ChannelConfig Channel { get; } = channel;

    /// <summary>True when the identity satisfies the channel's Readers policy.</summary>
    public bool IsReader(X509Identity identity, IdentityRole role) =>
        _readers.Contains(identity.MspId) && role is IdentityRole.Admin or IdentityRole.Client or IdentityRole.Peer;

    /// <summary>True when the identity satisfies the channel's Writers policy.</summary>
    public bool IsWriter(X509Identity identity, IdentityRole role) =>
        _writers.Contains(identity.MspId) && role is IdentityRole.Admin or IdentityRole.Client;
}
