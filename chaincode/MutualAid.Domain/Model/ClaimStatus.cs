namespace MutualAid.Domain.Model;

/// <summary>The stages of a claim. Rejected and Closed are terminal (Appealed and Final arrive with governance).</summary>
public enum ClaimStatus
{
    /// <summary>Filed by a caseworker; waiting for review to start.</summary>
    Filed,

    /// <summary>An assessor opened the review; organizations endorse.</summary>
    UnderReview,

    /// <summary>k organizations approved; publicly noticed and open to objection.</summary>
    Noticed,

    /// <summary>The notice window passed without objection; payable until the redemption window ends.</summary>
    Approved,

    /// <summary>Terminal: endorsement could not succeed, or an objection was raised in the notice window.</summary>
    Rejected,

    /// <summary>Partly paid.</summary>
    Paying,

    /// <summary>Terminal: paid in full, or the redemption window expired.</summary>
    Closed,
}
