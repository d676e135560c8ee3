using MutualAid.Domain.Model;
using MutualAid.Domain.Queries;
using static MutualAid.Gateway.Api.RouteBuilder;

namespace MutualAid.Gateway.Api.Routes;

/// <summary>Claims: filing with private details, reads, paging, and every step of the claim's life.</summary>
internal static class ClaimRoutes
{
    private const string Resource = "Claims";

    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    /// <summary>The body property whose text travels as the transient <c>claimDetails</c> (never in public state).</summary>
    public const string DetailsProperty = "details";

    public static IEnumerable<FunctionRoute> All { get; } =
    [
        Write<Claim>(Resource, "/claims", "SubmitClaim", "Files a claim; details go to the private collection as transient data.", [Roles.Caseworker],
            $$"""{"memberId":"MBR-…","eventDate":"2025-03-01","claimedAmount":{"amount":150000,"currency":"EUR"},"evidenceHashes":["{{Hash}}"],"details":"diagnosis and treatment notes"}""")
            with { SuccessStatus = 201, Transient = new Dictionary<string, string> { [DetailsProperty] = "claimDetails" } },
        Read<Claim>(Resource, "/claims/{claimId}", "GetClaim", "The claim's public record."),
        Read<ClaimHistory>(Resource, "/claims/{claimId}/history", "GetClaimHistory", "Every version of the claim with its transaction."),
        Read<ClaimPage>(Resource, "/pools/{poolId}/claims", "ListClaims", "The pool's claims, by status, one page at a time.",
            new QueryParameter("status"), new QueryParameter("pageSize", IsInteger: true), new QueryParameter("bookmark")),
        Write<Claim>(Resource, "/claims/{claimId}/review", "StartReview", "Starts the review of a claim.", [Roles.Assessor]),
        Write<Claim>(Resource, "/claims/{claimId}/endorsements", "EndorseClaim", "Approves or rejects the claim for the caller's organization.", [Roles.Assessor],
            $$"""{"decision":"Approve","approvedAmount":{"amount":150000,"currency":"EUR"},"reasonCode":"COVERED","evidenceRef":"{{Hash}}"}"""),
        Write<Claim>(Resource, "/claims/{claimId}/objections", "ObjectToClaim", "Objects to an approved claim within its notice window.", [Roles.Assessor, Roles.Delegate],
            $$"""{"reasonCode":"DUPLICATE","evidenceRef":"{{Hash}}"}"""),
        Write<Claim>(Resource, "/claims/{claimId}/finalize", "FinalizeClaim", "Finalizes an approved claim once its notice window passed.", [Roles.Assessor, Roles.Coordinator]),
        Write<Claim>("Payouts", "/claims/{claimId}/payouts", "RecordPayout", "Records the payout of a finalized claim.", [Roles.Coordinator],
            $$"""{"amount":{"amount":150000,"currency":"EUR"},"paymentReference":"OUT-0001","destinationHash":"{{Hash}}"}""") with { SuccessStatus = 201 },
        Write<Claim>(Resource, "/claims/{claimId}/expire", "ExpireClaim", "Expires a claim past its deadline.", [Roles.Coordinator, Roles.Assessor]),
        Write<Claim>(Resource, "/claims/{claimId}/lapse-review", "LapseReview", "Lapses a review past its window.", Roles.AnyOperator),
        Write<Claim>(Resource, "/claims/{claimId}/close", "CloseRejectedClaim", "Closes a rejected claim whose appeal window passed.", Roles.AnyOperator),
    ];
}
