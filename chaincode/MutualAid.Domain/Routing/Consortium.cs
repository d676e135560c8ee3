namespace MutualAid.Domain.Routing;

/// <summary>Fixed facts about the consortium the chaincode relies on.</summary>
public static class Consortium
{
    /// <summary>The regulator's MSP id: it may call read functions only.</summary>
    public const string RegulatorMspId = "RegulatorMSP";
}
