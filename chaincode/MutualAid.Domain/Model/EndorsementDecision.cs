namespace MutualAid.Domain.Model;

/// <summary>An organization's decision on a claim.</summary>
public enum EndorsementDecision
{
    /// <summary>Pay, up to the stated amount.</summary>
    Approve,

    /// <summary>Do not pay.</summary>
    Reject,
}
