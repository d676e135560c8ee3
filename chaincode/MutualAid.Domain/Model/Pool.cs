namespace MutualAid.Domain.Model;

/// <summary>A mutual-aid pool: its rules, its organizations and its opening balance. Balances live in ledger entries.</summary>
public sealed record Pool
{
    /// <summary>The caller-chosen id, unique on the channel.</summary>
    public required string PoolId { get; init; }

    /// <summary>The scenario the pool serves.</summary>
    public required PoolType Type { get; init; }

    /// <summary>The organization that created the pool and holds its funds; its coordinators disburse.</summary>
    public required string AdministratorMsp { get; init; }

    /// <summary>The participating organizations, in MSP id order.</summary>
    public required IReadOnlyList<PoolOrganization> Organizations { get; init; }

    /// <summary>The rules.</summary>
    public required PoolParameters Parameters { get; init; }

    /// <summary>The balance the pool started with (seed capital), in minor units.</summary>
    public required long OpeningBalance { get; init; }

    /// <summary>When the pool was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The version of <see cref="Parameters"/>; 1 at creation, one more per executed change.</summary>
    public int ParametersVersion { get; init; } = 1;

    /// <summary>True while an emergency pause is in force: no new claims, payouts or disbursements.</summary>
    public bool Paused { get; init; }

    /// <summary>When the pause in force began.</summary>
    public DateTimeOffset? PausedAt { get; init; }

    /// <summary>The organization entry of <paramref name="mspId"/>, or null when it does not take part.</summary>
    public PoolOrganization? FindOrganization(string mspId)
        => Organizations.FirstOrDefault(o => string.Equals(o.MspId, mspId, StringComparison.Ordinal));

    /// <summary>The organizations that take part and are not suspended.</summary>
    public IEnumerable<PoolOrganization> ActiveOrganizations => Organizations.Where(o => !o.Suspended);
}
