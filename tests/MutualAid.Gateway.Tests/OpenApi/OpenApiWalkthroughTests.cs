using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MutualAid.Gateway.Api;
using MutualAid.Gateway.Demo;

namespace MutualAid.Gateway.Tests.OpenApi;

/// <summary>
/// Every answer the demo walkthroughs get, over the real gateways, has the shape the document declares for that route
/// and status: the declared result types are what the chaincode functions actually return.
/// </summary>
public sealed class OpenApiWalkthroughTests
{
    [Test, CancelAfter(120_000)]
    public async Task Walkthroughs_EveryAnswer_ConformsToItsDocumentedSchema(CancellationToken cancellationToken)
    {
        var document = await OpenApiDocument.FetchAsync(cancellationToken);
        using var recorder = new Recorder();
        using var http = new HttpClient(recorder) { Timeout = TimeSpan.FromSeconds(60) };
        ApiClient Client(string mspId, string identity) => new(http, GatewayFixture.BaseAddress(mspId), GatewayFixture.KeyOf(mspId, identity));

        await new ClaimWalkthrough(Client, TextWriter.Null).RunAsync(cancellationToken);
        var relief = new ReliefWalkthrough(Client, TextWriter.Null);
        await relief.RunAsync(cancellationToken);
        await new GovernanceWalkthrough(Client, TextWriter.Null, relief.PoolId, relief.CampaignId).RunAsync(cancellationToken);

        var checkedRoutes = new HashSet<string>(StringComparer.Ordinal);
        using (Assert.EnterMultipleScope())
        {
            foreach (var (method, path, status, body) in recorder.Answers)
            {
                var route = RouteCatalog.All.FirstOrDefault(r => r.Method == method && Matches(r, path));
                var schema = route is null ? null : document.Operation(method, Regex.Replace(route.Path, @"\{(\w+):\w+\}", "{$1}"))?["responses"]?[status]?["content"]?.AsObject().First().Value?["schema"];
                if (route is null || body is null)
                {
                    continue;
                }

                Assert.That(schema, Is.Not.Null, $"{method} {path} {status} is documented");
                Assert.That(SchemaConformance.Check(document, body, schema!), Is.Empty, $"{route.Function} {status}");
                checkedRoutes.Add(route.Function);
            }
        }

        Assert.That(checkedRoutes, Has.Count.GreaterThanOrEqualTo(20), string.Join(", ", checkedRoutes));
    }

    private static bool Matches(FunctionRoute route, string path) =>
        Regex.IsMatch(path, "^" + Regex.Replace(route.Path, @"\{[^}]+\}", "[^/]+") + "$");

    /// <summary>Records the method, path, status and JSON body of every answer.</summary>
    private sealed class Recorder() : DelegatingHandler(new HttpClientHandler())
    {
        public List<(string Method, string Path, string Status, JsonNode? Body)> Answers { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            lock (Answers)
            {
                Answers.Add((request.Method.Method, request.RequestUri!.AbsolutePath, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    text.Length == 0 ? null : JsonNode.Parse(text)));
            }

            return response;
        }
    }
}
