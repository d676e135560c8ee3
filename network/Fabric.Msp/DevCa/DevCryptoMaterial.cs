using Fabric.Msp.Errors;
using Fabric.Msp.MspFolders;
using Fabric.Msp.Signing;
using Fabric.Msp.Validation;

namespace Fabric.Msp.DevCa;

/// <summary>
/// The development CA's entry point: makes sure a consortium's crypto material exists on disk in the
/// test-network layout, generating only organizations whose folders are missing or incomplete, and loads
/// it back as MSP definitions and signing identities.
/// </summary>
public static class DevCryptoMaterial
{
    /// <summary>
    /// Generates the material of every organization of <paramref name="consortium"/> under
    /// <paramref name="organizationsDirectory"/> unless a complete copy is already there; an incomplete
    /// organization folder is deleted and generated afresh.
    /// </summary>
    /// <returns>The domains generated now and those found complete and kept.</returns>
    /// <exception cref="MspException"><see cref="MspErrorCodes.InvalidSpecification"/> for an inconsistent consortium.</exception>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    public static DevCryptoResult Ensure(string organizationsDirectory, DevConsortium consortium)
    {
        ArgumentException.ThrowIfNullOrEmpty(organizationsDirectory);
        ArgumentNullException.ThrowIfNull(consortium);
        consortium.Validate();
        var notBefore = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 300);
        var generated = new List<string>();
        var kept = new List<string>();
        foreach (var organization in consortium.All)
        {
            var layout = OrganizationLayout.For(organizationsDirectory, organization);
            if (OrganizationMaterialWriter.ExpectedFiles(layout, organization).All(File.Exists))
            {
                kept.Add(organization.Domain);
                continue;
            }

            if (Directory.Exists(layout.Directory))
            {
                Directory.Delete(layout.Directory, recursive: true);
            }

            new OrganizationMaterialWriter(organizationsDirectory, organization, notBefore).Write();
            generated.Add(organization.Domain);
        }

        return new DevCryptoResult(generated, kept);
    }

    /// <summary>Loads the MSP definition of <paramref name="organization"/> from its <c>msp/</c> folder.</summary>
    /// <exception cref="MspException">As <see cref="MspFolderReader.ReadDefinition"/>.</exception>
    public static MspDefinition LoadMsp(string organizationsDirectory, DevOrganizationSpec organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var layout = OrganizationLayout.For(organizationsDirectory, organization);
        return MspFolderReader.ReadDefinition(layout.MspDirectory, organization.MspId);
    }

    /// <summary>Loads the signing identity of user <paramref name="userName"/> (e.g. <c>User1</c> or <c>Admin</c>).</summary>
    /// <exception cref="MspException">As <see cref="MspFolderReader.ReadSigningIdentity"/>.</exception>
    public static SigningIdentity LoadUser(string organizationsDirectory, DevOrganizationSpec organization, string userName)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var layout = OrganizationLayout.For(organizationsDirectory, organization);
        return MspFolderReader.ReadSigningIdentity(layout.UserMspDirectory(userName), organization.MspId);
    }

    /// <summary>Loads the signing identity of node <paramref name="nodeName"/> (e.g. <c>peer0</c>).</summary>
    /// <exception cref="MspException">As <see cref="MspFolderReader.ReadSigningIdentity"/>.</exception>
    public static SigningIdentity LoadNode(string organizationsDirectory, DevOrganizationSpec organization, string nodeName)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var layout = OrganizationLayout.For(organizationsDirectory, organization);
        return MspFolderReader.ReadSigningIdentity(Path.Combine(layout.NodeDirectory(nodeName), "msp"), organization.MspId);
    }
}
