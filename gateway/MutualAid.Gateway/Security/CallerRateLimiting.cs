using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using MutualAid.Gateway.Api;
using MutualAid.Gateway.Invocation;

namespace MutualAid.Gateway.Security;

/// <summary>
/// ASP.NET Core's rate limiter with one token bucket per presented API key (keyed by its hash, never the key).
/// A request over its key's budget is answered 429 <c>RATE_LIMITED</c> with <c>Retry-After</c> before it reaches
/// authentication or Fabric. Requests without a key are not limited here: they end in a cheap 401.
/// </summary>
public static class CallerRateLimiting
{
    /// <summary>Registers the limiter; does nothing when <see cref="RateLimitSettings.PermitsPerSecond"/> is zero.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is negative, or the burst is below one with a limit on.</exception>
    public static void AddCallerRateLimiting(this IServiceCollection services, RateLimitSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfNegative(settings.PermitsPerSecond, "RateLimit:PermitsPerSecond");
        if (settings.PermitsPerSecond == 0)
        {
            return;
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Burst, 1, "RateLimit:Burst");
        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = settings.Burst,
            TokensPerPeriod = settings.PermitsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                CallerAuthentication.PresentedKey(context.Request) is { } key
                    ? RateLimitPartition.GetTokenBucketLimiter(Fingerprint(key), _ => bucket)
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            options.OnRejected = (rejected, _) => RejectAsync(rejected.HttpContext, rejected.Lease, settings);
        });
    }

    private static async ValueTask RejectAsync(HttpContext context, RateLimitLease lease, RateLimitSettings settings)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
        context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        await Problems.Create(context, StatusCodes.Status429TooManyRequests, GatewayErrorCodes.RateLimited,
            $"this API key is limited to {settings.PermitsPerSecond} requests per second (bursts of {settings.Burst}); retry after {retryAfter} s", null)
            .WriteAsync(context).ConfigureAwait(false);
    }

    private static string Fingerprint(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
