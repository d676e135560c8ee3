using MutualAid.Domain.Model;
using MutualAid.Domain.Queries;
using static MutualAid.Gateway.Api.RouteBuilder;

namespace MutualAid.Gateway.Api.Routes;

/// <summary>Appeals of rejected claims and their jury.</summary>
internal static class AppealRoutes
{
    private const string Resource = "Appeals";

    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    public static IEnumerable<FunctionRoute> All { get; } =
    [
        Write<Claim>(Resource, "/claims/{claimId}/appeal", "AppealClaim", "Appeals a rejected claim.", [Roles.Caseworker],
            $$"""{"reasonCode":"NEW_EVIDENCE","evidenceRef":"{{Hash}}"}""") with { SuccessStatus = 201 },
        Read<AppealView>(Resource, "/claims/{claimId}/appeal", "GetAppeal", "The appeal, its ballots and tally."),
        Write<JuryBallot>(Resource, "/claims/{claimId}/appeal/ballots", "CastJuryBallot", "Casts a juror's ballot.", [Roles.Caseworker],
            $$"""{"jurorMemberId":"MBR-…","vote":"Uphold","reasonCode":"CONVINCED","evidenceRef":"{{Hash}}"}""") with { SuccessStatus = 201, RetryOnConflict = true },
        Write<Claim>(Resource, "/claims/{claimId}/appeal/resolve", "ResolveAppeal", "Resolves the appeal once voting closed.", Roles.AnyOperator),
    ];
}
