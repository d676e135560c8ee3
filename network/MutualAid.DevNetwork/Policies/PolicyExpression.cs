namespace MutualAid.DevNetwork.Policies;

/// <summary>A signature policy as written in Fabric's policy language.</summary>
public abstract record PolicyExpression;

/// <summary>Satisfied by one signature from an identity matching the principal.</summary>
/// <param name="MspId">The organization's MSP identifier.</param>
/// <param name="Role">member, admin, client, peer or orderer.</param>
public sealed record SignedBy(string MspId, PrincipalRole Role) : PolicyExpression
{
    /// <inheritdoc />
    public override string ToString() => $"'{MspId}.{Role.ToString().ToLowerInvariant()}'";
}

/// <summary>Satisfied when at least <paramref name="Required"/> of the rules are.</summary>
public sealed record OutOf(int Required, IReadOnlyList<PolicyExpression> Rules) : PolicyExpression
{
    /// <inheritdoc />
    public override string ToString() => $"OutOf({Required}, {string.Join(", ", Rules)})";
}

/// <summary>The roles a principal can name (Fabric's MSPRole).</summary>
public enum PrincipalRole
{
    /// <summary>Any valid identity of the MSP.</summary>
    Member = 0,

    /// <summary>An administrator of the MSP.</summary>
    Admin = 1,

    /// <summary>A client identity (NodeOU).</summary>
    Client = 2,

    /// <summary>A peer identity (NodeOU).</summary>
    Peer = 3,

    /// <summary>An orderer identity (NodeOU).</summary>
    Orderer = 4,
}
