namespace MutualAid.Domain.Model;

/// <summary>The kinds of pool in the mission's scenarios.</summary>
public enum PoolType
{
    /// <summary>Critical-illness and health mutual aid.</summary>
    HealthMutualAid,

    /// <summary>Disaster relief for affected households.</summary>
    DisasterRelief,

    /// <summary>Mutual aid among small entrepreneurs.</summary>
    EntrepreneurMutualAid,
}
