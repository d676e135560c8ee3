using MutualAid.Domain.Handlers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Queries;
using static MutualAid.Gateway.Api.RouteBuilder;

namespace MutualAid.Gateway.Api.Routes;

/// <summary>Members: enrolment, payout destination, exit, statements and contributions.</summary>
internal static class MemberRoutes
{
    private const string Resource = "Members";

    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    public static IEnumerable<FunctionRoute> All { get; } =
    [
        Write<Member>(Resource, "/pools/{poolId}/members", "EnrollMember", "Enrols a member (hashes of KYC and consent only).", [Roles.Caseworker],
            $$"""{"kycHash":"{{Hash}}","consentHash":"{{Hash}}","payoutDestinationHash":"{{Hash}}"}""") with { SuccessStatus = 201, RetryOnConflict = true },
        Read<MemberStatement>(Resource, "/members/{memberId}/statement", "GetMemberStatement", "The member's record, entries and remaining caps."),
        Read<MemberChargeStatement>(Resource, "/members/{memberId}/charges", "GetMemberCharges", "The member's cost-sharing charges."),
        Write<Member>(Resource, "/members/{memberId}/payout-destination", "RegisterPayoutDestination", "Registers the hash of the member's payout account.",
            [Roles.Caseworker], $$"""{"destinationHash":"{{Hash}}"}""") with { Method = HttpMethods.Put },
        Write<Member>(Resource, "/members/{memberId}/exit", "ExitMember", "Records the member's exit.", [Roles.Caseworker], """{"refundPaymentReference":"RF-0001"}"""),
        Write<ContributionResult>("Contributions", "/members/{memberId}/contributions", "RecordContribution", "Records a contribution; a payment reference records once.",
            [Roles.Caseworker], """{"amount":{"amount":12000,"currency":"EUR"},"paymentReference":"IN-0001"}""") with { SuccessStatus = 201, RetryOnConflict = true },
    ];
}
