namespace MutualAid.Gateway.Audit;

/// <summary>The kinds of <see cref="TimeFinding"/> (stable, part of the JSON answer).</summary>
public static class TimeFindingKind
{
    /// <summary>Earlier, by more than the tolerance, than the transactions ordered just before it.</summary>
    public const string Backdated = "backdated";

    /// <summary>Later, by more than the tolerance, than the transactions ordered just after it.</summary>
    public const string FutureDated = "future-dated";

    /// <summary>The channel header carries no valid timestamp.</summary>
    public const string Missing = "missing";
}
