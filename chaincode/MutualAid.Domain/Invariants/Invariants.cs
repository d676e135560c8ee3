namespace MutualAid.Domain.Invariants;

/// <summary>
/// The invariants of the domain (domain-anchor checklist sections A to J) as named, pure functions
/// over a whole <see cref="LedgerSnapshot"/>. Each returns its violations; none means it holds.
/// </summary>
public static partial class Invariants
{
    /// <summary>A named invariant over one snapshot.</summary>
    public delegate IEnumerable<string> Check(StateView view, LedgerSnapshot snapshot);

    /// <summary>Every single-snapshot invariant, by name.</summary>
    public static IReadOnlyList<(string Name, Check Check)> All { get; } =
    [
        (nameof(MoneyConservation), (v, _) => MoneyConservation(v)),
        (nameof(NoNegativeBalances), (v, _) => NoNegativeBalances(v)),
        (nameof(NoCurrencyMixing), (v, _) => NoCurrencyMixing(v)),
        (nameof(NoDoublePayout), (v, _) => NoDoublePayout(v)),
        (nameof(ClaimAmountChain), (v, _) => ClaimAmountChain(v)),
        (nameof(PayoutTimingAndDestination), (v, _) => PayoutTimingAndDestination(v)),
        (nameof(LifetimeCap), (v, _) => LifetimeCap(v)),
        (nameof(OnlyAllowedTransitions), (v, _) => OnlyAllowedTransitions(v)),
        (nameof(StatusIndexConsistent), (v, _) => StatusIndexConsistent(v)),
        (nameof(CallerBinding), (v, s) => CallerBinding(v, s)),
        (nameof(RegulatorNeverWrites), (_, s) => RegulatorNeverWrites(s)),
        (nameof(HotKeyAggregates), (v, _) => HotKeyAggregates(v)),
        (nameof(EventsRebuildState), (v, s) => EventsRebuildState(v, s)),
        (nameof(AppealsConsistent), (v, _) => AppealsConsistent(v)),
        (nameof(GovernanceConsistent), (v, _) => GovernanceConsistent(v)),
        (nameof(ParametersNotRetroactive), (v, _) => ParametersNotRetroactive(v)),
        (nameof(PauseStopsClaimsAndPayouts), (v, _) => PauseStopsClaimsAndPayouts(v)),
        (nameof(ReliefBounds), (v, _) => ReliefBounds(v)),
        (nameof(DedupAcrossOrganizations), (v, _) => DedupAcrossOrganizations(v)),
        (nameof(RecoveriesConsistent), (v, _) => RecoveriesConsistent(v)),
        (nameof(CostShareExact), (v, _) => CostShareExact(v)),
    ];

    /// <summary>Runs every invariant, plus the privacy check with <paramref name="privateMarkers"/>; returns "Name: violation" lines.</summary>
    public static IReadOnlyList<string> CheckAll(LedgerSnapshot snapshot, IEnumerable<string> privateMarkers)
    {
        var view = new StateView(snapshot);
        var violations = All.SelectMany(i => i.Check(view, snapshot).Select(v => $"{i.Name}: {v}")).ToList();
        violations.AddRange(NoPersonalDataInPublicState(snapshot, privateMarkers).Select(v => $"{nameof(NoPersonalDataInPublicState)}: {v}"));
        return violations;
    }
}
