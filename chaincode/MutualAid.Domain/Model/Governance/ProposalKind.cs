namespace MutualAid.Domain.Model;

/// <summary>The closed set of things governance can do.</summary>
public enum ProposalKind
{
    /// <summary>Replace a pool's parameters (within bounds; a new version, never retroactive).</summary>
    ChangePoolParameters,

    /// <summary>Create a pool; its organizations are the electorate.</summary>
    CreatePool,

    /// <summary>Admit an organization to a pool, or reinstate a suspended one.</summary>
    AdmitOrganization,

    /// <summary>Suspend an organization: it may no longer act in the pool; its members stay covered.</summary>
    SuspendOrganization,

    /// <summary>Change a member's payout destination (multi-organization and delayed, against SIM-swap fraud).</summary>
    ChangePayoutDestination,

    /// <summary>Emergency pause by qualified majority: no new claims, payouts or disbursements; no money moves.</summary>
    Pause,

    /// <summary>Lift the pause.</summary>
    Unpause,
}

/// <summary>Where a proposal stands. Rejected, Executed and Failed are final.</summary>
public enum ProposalStatus
{
    /// <summary>Open to votes.</summary>
    Open,

    /// <summary>Passed; waiting for its timelock to end.</summary>
    Passed,

    /// <summary>Final: quorum or majority not reached.</summary>
    Rejected,

    /// <summary>Final: applied.</summary>
    Executed,

    /// <summary>Final: passed, but the change no longer applied when executed (the outcome says why).</summary>
    Failed,
}

/// <summary>A delegate's vote for their organization.</summary>
public enum VoteChoice
{
    /// <summary>In favour.</summary>
    For,

    /// <summary>Against.</summary>
    Against,

    /// <summary>Counts towards quorum only.</summary>
    Abstain,
}
