using MutualAid.Gateway.Demo;
using MutualAid.Gateway.Security;

namespace MutualAid.Gateway.Benchmarks;

/// <summary>
/// The state both transports work on, made over HTTP: the demo's pool, member and claim (filed, approved and paid),
/// then more members of that pool so the contributions are spread over several members.
/// </summary>
/// <param name="PoolId">The pool.</param>
/// <param name="ClaimId">The claim read.</param>
/// <param name="MemberIds">The members contributions are recorded for, in turn.</param>
internal sealed record BenchSetup(string PoolId, string ClaimId, IReadOnlyList<string> MemberIds)
{
    /// <summary>
    /// Walks the claim through each organization's gateway (<paramref name="gatewayOf"/> gives its URL) with the keys
    /// the deployment wrote under <paramref name="gatewayDirectory"/>, and enrols <paramref name="extraMembers"/> more members.
    /// </summary>
    /// <exception cref="HttpRequestException">A step was refused.</exception>
    public static async Task<BenchSetup> CreateAsync(Func<string, string> gatewayOf, string gatewayDirectory, HttpClient http, int extraMembers)
    {
        ApiClient Client(string mspId, string identity) => new(http, new Uri(gatewayOf(mspId)), KeyOf(gatewayDirectory, mspId, identity));
        var walk = new ClaimWalkthrough(Client, TextWriter.Null);
        await walk.RunAsync(CancellationToken.None).ConfigureAwait(false);

        var caseworker = Client(BenchCaller.Organization, BenchCaller.Identity);
        var enrolments = Enumerable.Range(0, extraMembers).Select(i =>
            caseworker.PostAsync($"/api/v1/pools/{walk.PoolId}/members", DemoCalls.Enroll($"{walk.PoolId}-bench-{i}")));
        var members = (await Task.WhenAll(enrolments).ConfigureAwait(false))
            .Select(r => r.EnsureSuccess()["result"]!["memberId"]!.GetValue<string>());
        return new BenchSetup(walk.PoolId, walk.ClaimId, [walk.MemberId, .. members]);
    }

    /// <summary>The API key of <paramref name="identity"/> in the credentials file the embedded deployment wrote.</summary>
    public static string KeyOf(string gatewayDirectory, string mspId, string identity) =>
        CredentialsFile.Read(CredentialsFile.PathFor(gatewayDirectory, mspId))!.KeyOf(identity);
}
