using MutualAid.Gateway.Tests.Support;

namespace MutualAid.Gateway.Tests.OpenApi;

/// <summary>A body built from the document's example and schema is accepted by the real endpoint, and its answer has the documented shape.</summary>
public sealed class OpenApiRoundTripTests
{
    private const string Path = "/api/v1/members/{memberId}/contributions";

    [Test, CancelAfter(60_000)]
    public async Task RecordContribution_DocumentedExample_AcceptedWithTheDocumentedReceipt(CancellationToken cancellationToken)
    {
        var document = await OpenApiDocument.FetchAsync(cancellationToken);
        var operation = document.Operation("POST", Path)!;
        var media = operation["requestBody"]!["content"]!["application/json"]!;
        var body = media["example"]!.DeepClone().AsObject();
        body["paymentReference"] = "OA-" + Guid.NewGuid().ToString("N")[..12]; // a reference records once on the shared ledger
        var pool = await TestPool.CreateAsync(cancellationToken);
        var requestErrors = SchemaConformance.Check(document, body, media["schema"]!);

        var result = await GatewayFixture.Client("NgoMSP", "Caseworker")
            .PostAsync(Path.Replace("{memberId}", pool.MemberId, StringComparison.Ordinal), body.ToJsonString(), null, cancellationToken);

        var receipt = operation["responses"]!["201"]!["content"]!["application/json"]!["schema"]!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(requestErrors, Is.Empty, "the example conforms to the request schema");
            Assert.That(result.Status, Is.EqualTo(201), result.Body?.ToJsonString());
            Assert.That(SchemaConformance.Check(document, result.Body, receipt), Is.Empty, "the answer conforms to the 201 schema");
            Assert.That(result.Result?["entry"]?["amount"]?.ToJsonString(), Is.EqualTo(body["amount"]!.ToJsonString()));
        }
    }

    [Test, CancelAfter(10_000)]
    public async Task GetClaim_UnknownClaim_AnswersTheDocumentedProblem(CancellationToken cancellationToken)
    {
        var document = await OpenApiDocument.FetchAsync(cancellationToken);
        var problem = document.Operation("GET", "/api/v1/claims/{claimId}")!["responses"]!["404"]!["content"]!["application/problem+json"]!["schema"]!;

        var result = await GatewayFixture.Client("InsurerMSP", "Assessor").GetAsync("/api/v1/claims/CLM-OPENAPI-NONE", cancellationToken);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Status, Is.EqualTo(404));
            Assert.That(SchemaConformance.Check(document, result.Body, problem), Is.Empty);
        }
    }
}
