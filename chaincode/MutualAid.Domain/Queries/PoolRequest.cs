namespace MutualAid.Domain.Queries;

/// <summary>A query that names one pool.</summary>
public sealed record PoolRequest
{
    public required string PoolId { get; init; }
}

/// <summary>A query that names one member.</summary>
public sealed record MemberRequest
{
    public required string MemberId { get; init; }
}
