using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Queries;

/// <summary>The ListClaims query: a page of a pool's claims, optionally in one status, in key order.</summary>
public sealed record ListClaimsRequest
{
    public required string PoolId { get; init; }
    public ClaimStatus? Status { get; init; }

    /// <summary>1-200; 50 when absent.</summary>
    public int? PageSize { get; init; }

    /// <summary>The bookmark of the previous page; absent for the first.</summary>
    public string? Bookmark { get; init; }
}

/// <summary>One page of claims.</summary>
/// <param name="Claims">The claims, in key order.</param>
/// <param name="Bookmark">Pass it to get the next page; null on the last page.</param>
public sealed record ClaimPage(IReadOnlyList<Claim> Claims, string? Bookmark);

/// <summary>Lists a pool's claims by status with bookmark pagination (the bookmark is the last claim id returned).</summary>
public sealed class ListClaimsHandler : Handler<ListClaimsRequest>
{
    /// <summary>The largest page.</summary>
    public const int MaxPageSize = 200;

    public override bool IsWrite => false;
    protected override JsonTypeInfo<ListClaimsRequest> RequestType => DomainJsonContext.Default.ListClaimsRequest;

    protected override object Handle(TxScope tx, ListClaimsRequest request)
    {
        var pageSize = request.PageSize ?? 50;
        TxScope.Require(pageSize is >= 1 and <= MaxPageSize, ErrorCodes.InvalidArgument, $"pageSize must be within 1-{MaxPageSize}");
        new PoolKeeper(tx).Get(request.PoolId);
        var claims = new ClaimKeeper(tx);
        var ids = claims.Ids(request.PoolId, request.Status)
            .Where(id => request.Bookmark is null || string.CompareOrdinal(id, request.Bookmark) > 0)
            .Take(pageSize + 1)
            .ToList();
        var page = ids.Take(pageSize).Select(claims.Get).ToList();
        return new ClaimPage(page, ids.Count > pageSize ? page[^1].ClaimId : null);
    }
}
