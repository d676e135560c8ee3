using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace MutualAid.Gateway.Demo;

/// <summary>A caller of one organization's gateway with one API key: JSON in, JSON or a problem document out.</summary>
/// <param name="http">A shared HTTP client.</param>
/// <param name="baseAddress">The organization gateway's address.</param>
/// <param name="apiKey">The caller's API key.</param>
public sealed class ApiClient(HttpClient http, Uri baseAddress, string apiKey)
{
    /// <summary>The organization gateway's base address.</summary>
    public Uri BaseAddress => baseAddress;

    /// <summary>GETs <paramref name="path"/>.</summary>
    public Task<ApiResult> GetAsync(string path, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, path, null, null, cancellationToken);

    /// <summary>POSTs <paramref name="body"/> to <paramref name="path"/> with <paramref name="idempotencyKey"/> (a new one when null).</summary>
    public Task<ApiResult> PostAsync(string path, string body, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, path, body, idempotencyKey ?? Guid.NewGuid().ToString("N"), cancellationToken);

    /// <summary>Sends a request with this client's key.</summary>
    public async Task<ApiResult> SendAsync(HttpMethod method, string path, string? body, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(method, new Uri(baseAddress, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var attempts = response.Headers.TryGetValues("X-Fabric-Attempts", out var values) ? int.Parse(values.First(), CultureInfo.InvariantCulture) : (int?)null;
        return new ApiResult((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, text.Length == 0 ? null : JsonNode.Parse(text),
            response.Headers.Contains("Idempotent-Replayed"), attempts);
    }
}

/// <summary>An answer of the gateway.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="MediaType">The media type.</param>
/// <param name="Body">The parsed body.</param>
/// <param name="Replayed">True when answered from the idempotency store.</param>
/// <param name="Attempts">For writes, how many transactions it took.</param>
public sealed record ApiResult(int Status, string? MediaType, JsonNode? Body, bool Replayed, int? Attempts)
{
    /// <summary>The committed write's chaincode result, or a read's body.</summary>
    public JsonNode? Result => Body?["result"] ?? Body;

    /// <summary>The problem's stable code, or null.</summary>
    public string? Code => Body?["code"]?.GetValue<string>();

    /// <summary>The body, throwing unless the status is 2xx.</summary>
    /// <exception cref="HttpRequestException">The gateway answered with an error.</exception>
    public JsonNode EnsureSuccess() => Status is >= 200 and < 300 && Body is not null
        ? Body
        : throw new HttpRequestException($"gateway answered {Status}: {Body?.ToJsonString()}");
}
