using System.Text.Json.Nodes;
using Fabric.Client;
using MutualAid.Gateway.Demo;
using MutualAid.Gateway.Invocation;

namespace MutualAid.Gateway.Tests;

/// <summary>A read answers with the chaincode's JSON exactly as the peer returned it, never re-encoded on the way.</summary>
public sealed class ReadPassThroughTests
{
    [Test, CancelAfter(60_000)]
    public async Task GetClaim_OverHttp_IsByteForByteTheChaincodeResult(CancellationToken cancellationToken)
    {
        var walk = new ClaimWalkthrough(GatewayFixture.Client, TextWriter.Null);
        await walk.RunAsync(cancellationToken);
        var wallet = Wallet.Load(Path.Combine(GatewayFixture.Deployment.GatewayDirectory, "NgoMSP", "wallet"), "NgoMSP");
        var auditor = wallet.Identities.First(i => i.Label.StartsWith("Auditor@", StringComparison.Ordinal));
        var peer = GatewayFixture.Deployment.Network.Network.Peers.First(p => p.MspId == "NgoMSP");
        using var connection = new FabricConnection(wallet, "http://" + peer.Address, null, null, "mutualaid", "mutualaid", 1, GatewayFixture.Deployment.Clock);

        var direct = await connection.ContractFor(auditor).EvaluateAsync("GetClaim",
            ProposalOptions.FromArguments(new JsonObject { ["claimId"] = walk.ClaimId }.ToJsonString()), cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(GatewayFixture.BaseAddress("NgoMSP"), $"/api/v1/claims/{walk.ClaimId}"));
        request.Headers.Add("X-Api-Key", GatewayFixture.KeyOf("NgoMSP", "Auditor"));
        using var response = await GatewayFixture.RawHttp.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(200));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That(response.Content.Headers.ContentLength, Is.EqualTo(body.Length));
            Assert.That(body, Is.EqualTo(direct), "the gateway answers the chaincode's bytes unchanged");
        }
    }
}
