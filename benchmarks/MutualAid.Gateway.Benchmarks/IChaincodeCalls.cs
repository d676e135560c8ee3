namespace MutualAid.Gateway.Benchmarks;

/// <summary>The two operations measured, as one transport performs them; each throws when the call fails.</summary>
internal interface IChaincodeCalls
{
    /// <summary>A short name of the transport for the report.</summary>
    string Name { get; }

    /// <summary>Transactions committed or tried for the writes so far (more than the writes when MVCC conflicts re-ran some).</summary>
    long WriteAttempts { get; }

    /// <summary>Records a contribution of <paramref name="amount"/> minor units for <paramref name="memberId"/>.</summary>
    Task RecordContributionAsync(string memberId, long amount, string paymentReference);

    /// <summary>Reads the claim <paramref name="claimId"/>.</summary>
    Task ReadClaimAsync(string claimId);
}
