using MutualAid.Domain.Json;
using MutualAid.Domain.Model;

namespace MutualAid.Domain.Tests.Model;

public class PoolParametersJsonTests
{
    private const string RequiredOnly = """
        {"currency":"EUR","waitingPeriodDays":0,"filingDeadlineDays":180,"maxBenefitPerClaim":1000,
         "maxBenefitPerMemberLifetime":5000,"managementFeeBps":800,"reserveRatioBps":1000,"endorsementThreshold":1,
         "noticeWindowDays":0,"redemptionWindowDays":30,"maxClaimAttemptsPerMember":2}
        """;

    [Test]
    public void ParseArguments_OptionalParametersOmitted_TakeTheirDefaults()
    {
        var parameters = CanonicalJson.ParseArguments(RequiredOnly, DomainJsonContext.Default.PoolParameters);

        var defaults = new PoolParameters
        {
            Currency = "EUR", WaitingPeriodDays = 0, FilingDeadlineDays = 180, MaxBenefitPerClaim = 1000,
            MaxBenefitPerMemberLifetime = 5000, ManagementFeeBps = 800, ReserveRatioBps = 1000, EndorsementThreshold = 1,
            NoticeWindowDays = 0, RedemptionWindowDays = 30, MaxClaimAttemptsPerMember = 2,
        };
        Assert.That(parameters, Is.EqualTo(defaults));
        Assert.That(parameters.ReviewWindowDays, Is.EqualTo(60));
        Assert.That(parameters.JuryQuorum, Is.EqualTo(3));
    }

    [Test]
    public void ParseArguments_OptionalParameterGiven_Kept()
    {
        var json = RequiredOnly.Replace("\"maxClaimAttemptsPerMember\":2", "\"maxClaimAttemptsPerMember\":2,\"reviewWindowDays\":10", StringComparison.Ordinal);

        var parameters = CanonicalJson.ParseArguments(json, DomainJsonContext.Default.PoolParameters);

        Assert.That(parameters.ReviewWindowDays, Is.EqualTo(10));
    }
}
