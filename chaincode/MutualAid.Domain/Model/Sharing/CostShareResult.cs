namespace MutualAid.Domain.Model;

/// <summary>
/// The outcome of cost-share/v1 over a period's inputs. Identity: TotalCharged + RuleAmount =
/// AmountToShare + (CarriedSurplusOut − (CarriedSurplus − SurplusUsed)), exactly.
/// </summary>
public sealed record CostShareResult
{
    public required long Aid { get; init; }
    public required long Fee { get; init; }
    public required long SurplusUsed { get; init; }

    /// <summary>aid + fee − surplus used.</summary>
    public required long AmountToShare { get; init; }

    /// <summary>The uncapped share: AmountToShare ÷ members, rounded up (0 without members).</summary>
    public required long PerMemberShare { get; init; }

    /// <summary>Each snapshot member's cap and charge, by member id.</summary>
    public required IReadOnlyList<MemberShare> Charges { get; init; }

    public required long TotalCharged { get; init; }

    /// <summary>What the caps prevented members from being charged.</summary>
    public required long CapShortfall { get; init; }

    /// <summary>The part of the amount to share the explicit rule covers (reserve draw + benefit cuts).</summary>
    public required long RuleAmount { get; init; }

    public required long ReserveDraw { get; init; }
    public required IReadOnlyList<BenefitCut> BenefitCuts { get; init; }
    public required long CarriedSurplusOut { get; init; }
}

/// <summary>A snapshot member's cap and charge in a period.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Cap">The least of the per-case × cases, per-period and remaining per-year caps.</param>
/// <param name="Charge">What they owe for the period.</param>
public sealed record MemberShare(string MemberId, long Cap, long Charge);

/// <summary>A pro-rata reduction of one case's benefit.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Reduction">Minor units taken off its approved amount.</param>
public sealed record BenefitCut(string ClaimId, long Reduction);
