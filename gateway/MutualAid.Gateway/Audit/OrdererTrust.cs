using Fabric.Msp.MspFolders;
using Fabric.Msp.Validation;

namespace MutualAid.Gateway.Audit;

/// <summary>The orderer organization's MSP, read once from <see cref="AuditSettings.OrdererMspDirectory"/>.</summary>
public sealed class OrdererTrust(AuditSettings settings)
{
    private readonly Lazy<MspDefinition?> _definition = new(() => Read(settings));

    /// <summary>The orderer organization's MSP, or null when no folder is configured.</summary>
    /// <exception cref="IOException">The folder cannot be read.</exception>
    public MspDefinition? Definition => _definition.Value;

    private static MspDefinition? Read(AuditSettings settings) =>
        string.IsNullOrWhiteSpace(settings.OrdererMspDirectory) ? null : MspFolderReader.ReadDefinition(settings.OrdererMspDirectory, settings.OrdererMspId);
}
