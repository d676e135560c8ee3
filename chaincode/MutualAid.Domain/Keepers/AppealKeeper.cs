using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Keepers;

/// <summary>Owns the <c>appeal</c> and <c>appeal~ballot</c> keys. Ballots are one key per juror, so concurrent votes never collide.</summary>
public sealed class AppealKeeper(TxScope tx)
{
    /// <summary>The claim's appeal, or null.</summary>
    public Appeal? Find(string claimId) => tx.Get(Keys.Appeal(claimId), DomainJsonContext.Default.Appeal);

    /// <summary>The claim's appeal, or APPEAL_NOT_FOUND.</summary>
    public Appeal Get(string claimId)
        => Find(claimId) ?? throw new DomainException(ErrorCodes.AppealNotFound, $"claim {claimId} has no appeal");

    /// <summary>Stages the appeal record.</summary>
    public void Put(Appeal appeal)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        tx.Put(Keys.Appeal(appeal.ClaimId), appeal, DomainJsonContext.Default.Appeal);
    }

    /// <summary>True when the juror already voted on the claim's appeal.</summary>
    public bool HasBallot(string claimId, string jurorMemberId) => tx.Exists(Keys.Ballot(claimId, jurorMemberId));

    /// <summary>Stages a ballot.</summary>
    public void PutBallot(JuryBallot ballot)
    {
        ArgumentNullException.ThrowIfNull(ballot);
        tx.Put(Keys.Ballot(ballot.ClaimId, ballot.JurorMemberId), ballot, DomainJsonContext.Default.JuryBallot);
    }

    /// <summary>Every committed ballot of the claim's appeal, in juror id order.</summary>
    public IReadOnlyList<JuryBallot> Ballots(string claimId)
        => [.. tx.Scan(Keys.BallotType, claimId).Select(kv => CanonicalJson.Deserialize(kv.Value.Span, DomainJsonContext.Default.JuryBallot))];
}
