using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Routing.Patterns;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Gateway.Api;

namespace MutualAid.Gateway.Tests.OpenApi;

/// <summary>
/// The OpenAPI document against the code it describes: every route with its method, request bodies that are the
/// domain's argument records (checked by reflection, so a changed record fails here), typed success bodies, and
/// problem documents for every failure.
/// </summary>
public sealed class OpenApiDocumentTests
{
    [Test, CancelAfter(10_000)]
    public async Task Document_EveryCatalogRoute_AppearsWithItsMethod(CancellationToken cancellationToken)
    {
        var document = await OpenApiDocument.FetchAsync(cancellationToken);

        var missing = RouteCatalog.All.Where(r => document.Operation(r.Method, DocumentPath(r)) is null).Select(r => $"{r.Method} {r.Path}");

        Assert.That(missing, Is.Empty);
    }

    [TestCase("RecordContribution")]
    [TestCase("SubmitClaim")]
    [TestCase("EndorseClaim")]
    [TestCase("CreatePool")]
    [CancelAfter(10_000)]
    public async Task WriteBody_OfFunction_MatchesTheArgumentRecord(string function, CancellationToken cancellationToken)
    {
        var document = await OpenApiDocument.FetchAsync(cancellationToken);
        var route = RouteCatalog.All.Single(r => r.Function == function);
        var routeValues = RoutePatternFactory.Parse(route.Path).Parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var body = document.Resolve(document.Operation(route.Method, DocumentPath(route))!["requestBody"]!["content"]!["application/json"]!["schema"]!);
        var wire = DomainJsonContext.Default.GetTypeInfo(route.Arguments)!.Properties
            .Where(p => !routeValues.Contains(p.Name))
            .ToDictionary(p => p.Name, p => (PropertyInfo)p.AttributeProvider!);
        var properties = body["properties"]!.AsObject();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(properties.Select(p => p.Key).Except(route.Transient.Keys), Is.EquivalentTo(wire.Keys), "properties");
            Assert.That(OpenApiDocument.Required(body).Except(route.Transient.Keys),
                Is.EquivalentTo(wire.Where(p => p.Value.IsDefined(typeof(RequiredMemberAttribute))).Select(p => p.Key)), "required");
            foreach (var (name, property) in wire)
            {
                var schema = document.Resolve(properties[name]!);
                Assert.That(OpenApiDocument.Types(schema), Is.EqualTo(new[] { JsonType(property.PropertyType) }), name);
            }
        }
    }

    [Test, CancelAfter(10_000)]
    public async Task EveryWriteExample_ConformsToItsBodySchema(CancellationToken cancellationToken)
    {
        var document = await OpenApiDocument.FetchAsync(cancellationToken);

        using (Assert.EnterMultipleScope())
        {
            foreach (var route in RouteCatalog.All.Where(r => r.Example is not null))
            {
                var media = document.Operation(route.Method, DocumentPath(route))!["requestBody"]!["content"]!["application/json"]!;
                Assert.That(SchemaConformance.Check(document, media["example"], media["schema"]!), Is.Empty, route.Function);
            }
        }
    }

    [Test, CancelAfter(10_000)]
    public async Task MoneyInABody_IsIntegerMinorUnitsAndACurrency(CancellationToken cancellationToken)
    {
        var document = await OpenApiDocument.FetchAsync(cancellationToken);
        var body = document.Resolve(document.Operation("POST", "/api/v1/members/{memberId}/contributions")!["requestBody"]!["content"]!["application/json"]!["schema"]!);

        var money = document.Resolve(body["properties"]!["amount"]!);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(OpenApiDocument.Required(money), Is.EquivalentTo(new[] { "amount", "currency" }));
            Assert.That(money["properties"]!["amount"]!["type"]!.GetValue<string>(), Is.EqualTo("integer"));
            Assert.That(money["properties"]!["amount"]!["format"]!.GetValue<string>(), Is.EqualTo("int64"));
            Assert.That(money["properties"]!["currency"]!["type"]!.GetValue<string>(), Is.EqualTo("string"));
        }
    }

    [Test, CancelAfter(10_000)]
    public async Task GetClaim_Success_IsTheClaimRecord(CancellationToken cancellationToken)
    {
        var document = await OpenApiDocument.FetchAsync(cancellationToken);
        var ok = document.Operation("GET", "/api/v1/claims/{claimId}")!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;
        var claim = document.Resolve(ok);
        var wire = DomainJsonContext.Default.Claim.Properties.Where(p => p.Get is not null).ToList(); // [JsonIgnore] members have no getter

        using (Assert.EnterMultipleScope())
        {
            Assert.That(OpenApiDocument.ReferenceName(ok), Is.EqualTo(nameof(Claim)));
            Assert.That(claim["properties"]!.AsObject().Select(p => p.Key), Is.EquivalentTo(wire.Select(p => p.Name)));
            Assert.That(OpenApiDocument.Required(claim), Is.SupersetOf(wire.Where(p => p.IsRequired).Select(p => p.Name)));
            Assert.That(document.Resolve(claim["properties"]!["status"]!)["enum"]!.AsArray().Select(n => n!.GetValue<string>()),
                Is.EqualTo(Enum.GetNames<ClaimStatus>()), "enums travel as names");
        }
    }

    [Test, CancelAfter(10_000)]
    public async Task EveryWrite_Success_IsAReceiptOfItsResult(CancellationToken cancellationToken)
    {
        var document = await OpenApiDocument.FetchAsync(cancellationToken);

        using (Assert.EnterMultipleScope())
        {
            foreach (var route in RouteCatalog.All.Where(r => r.IsWrite))
            {
                var receipt = document.Resolve(document.Operation(route.Method, DocumentPath(route))!["responses"]![route.SuccessStatus.ToString(System.Globalization.CultureInfo.InvariantCulture)]!["content"]!["application/json"]!["schema"]!);
                Assert.That(OpenApiDocument.Required(receipt), Is.SupersetOf(new[] { "transactionId", "blockNumber", "attempts" }), route.Function);
                Assert.That(receipt["properties"]!["result"], Is.Not.Null, route.Function);
            }
        }
    }

    [Test, CancelAfter(10_000)]
    public async Task EveryRoute_Failures_AreProblemDocumentsWithACode(CancellationToken cancellationToken)
    {
        var document = await OpenApiDocument.FetchAsync(cancellationToken);

        using (Assert.EnterMultipleScope())
        {
            foreach (var route in RouteCatalog.All)
            {
                var responses = document.Operation(route.Method, DocumentPath(route))!["responses"]!.AsObject();
                var failures = responses.Where(r => r.Key[0] is '4' or '5').ToList();
                Assert.That(failures.Select(r => r.Key), Does.Contain("400").And.Contain("404").And.Contain("503"), route.Function);
                foreach (var (status, response) in failures)
                {
                    var schema = response!["content"]![Problems.MediaType]!["schema"]!;
                    Assert.That(OpenApiDocument.ReferenceName(schema), Is.EqualTo(nameof(ProblemDocument)), $"{route.Function} {status}");
                    Assert.That(OpenApiDocument.Required(document.Resolve(schema)), Does.Contain("code").And.Contain("type").And.Contain("status"));
                }
            }
        }
    }

    [Test, CancelAfter(10_000)]
    public async Task ListClaims_PathAndQueryParameters_AreTyped(CancellationToken cancellationToken)
    {
        var document = await OpenApiDocument.FetchAsync(cancellationToken);
        var parameters = document.Operation("GET", "/api/v1/pools/{poolId}/claims")!["parameters"]!.AsArray()
            .ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!.AsObject());
        var period = document.Operation("GET", "/api/v1/pools/{poolId}/sharing-periods/{periodSeq}")!["parameters"]!.AsArray()
            .Single(p => p!["name"]!.GetValue<string>() == "periodSeq")!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parameters["poolId"]["in"]!.GetValue<string>(), Is.EqualTo("path"));
            Assert.That(parameters["status"]["in"]!.GetValue<string>(), Is.EqualTo("query"));
            Assert.That(document.Resolve(parameters["status"]["schema"]!)["enum"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(Enum.GetNames<ClaimStatus>()));
            Assert.That(OpenApiDocument.Types(document.Resolve(parameters["pageSize"]["schema"]!)), Is.EqualTo(new[] { "integer" }));
            Assert.That(OpenApiDocument.Types(document.Resolve(parameters["bookmark"]["schema"]!)), Is.EqualTo(new[] { "string" }));
            Assert.That(OpenApiDocument.Types(document.Resolve(period["schema"]!)), Is.EqualTo(new[] { "integer" }));
        }
    }

    /// <summary>The document's path of a route: route constraints (<c>{periodSeq:int}</c>) are not part of it.</summary>
    private static string DocumentPath(FunctionRoute route) => System.Text.RegularExpressions.Regex.Replace(route.Path, @"\{(\w+):\w+\}", "{$1}");

    /// <summary>The JSON type the domain's serializer gives a CLR type.</summary>
    private static string JsonType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type == typeof(string) || type == typeof(DateOnly) || type == typeof(DateTimeOffset) || type.IsEnum => "string",
            _ when type == typeof(int) || type == typeof(long) => "integer",
            _ when type == typeof(bool) => "boolean",
            _ when type != typeof(string) && type.IsAssignableTo(typeof(System.Collections.IEnumerable)) => "array",
            _ => "object",
        };
    }
}
