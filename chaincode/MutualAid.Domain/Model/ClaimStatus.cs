namespace MutualAid.Domain.Model;

/// <summary>
/// The stages of a claim. Final and Closed are terminal; every other stage has a deadline after which a
/// permissionless transaction moves the claim on, so every claim ends in Final or Closed.
/// </summary>
public enum ClaimStatus
{
    /// <summary>Filed by a caseworker; waiting for review to start (until the review deadline).</summary>
    Filed,

    /// <summary>An assessor opened the review; organizations endorse (until the review deadline).</summary>
    UnderReview,

    /// <summary>k organizations approved; publicly noticed and open to objection.</summary>
    Noticed,

    /// <summary>Approved by endorsement and notice, or by an upheld appeal; payable until the redemption window ends.</summary>
    Approved,

    /// <summary>Endorsement failed, an objection was sustained or the review lapsed; appealable until the appeal deadline.</summary>
    Rejected,

    /// <summary>Partly paid.</summary>
    Paying,

    /// <summary>Terminal: paid in full, or the redemption window expired.</summary>
    Closed,

    /// <summary>The claimant appealed a rejection; a jury of members votes until the (extendable) voting deadline.</summary>
    Appealed,

    /// <summary>Terminal: the rejection stands (no appeal in time, or the appeal was dismissed, tied or missed quorum).</summary>
    Final,
}
