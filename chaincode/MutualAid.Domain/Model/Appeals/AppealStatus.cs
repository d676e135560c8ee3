namespace MutualAid.Domain.Model;

/// <summary>Where an appeal stands.</summary>
public enum AppealStatus
{
    /// <summary>The jury is voting.</summary>
    Open,

    /// <summary>More than the threshold share of a quorate jury upheld it: the claim is approved.</summary>
    Upheld,

    /// <summary>The rejection stands: dismissed, tied, or the quorum was missed.</summary>
    Dismissed,
}
